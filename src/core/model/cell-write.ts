// One cell to write: what every plan (prefill, fill, undo, marks' restore) returns and every adapter applies.
import type { Scalar } from '../grid';

export interface CellWrite {
  sheet: string;
  cell: string;
  value: Scalar;
  /** Set when the value's notation needs its own format (a bare percent number, a text number). */
  numFmt?: string;
  /** A formula to write instead of the value (without "="), as an undo restores it. */
  formula?: string;
}
