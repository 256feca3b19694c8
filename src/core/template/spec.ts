// A workbook described as data (cells, roles, merges, dropdowns, conditional formats): built in the core, rendered by an adapter.
import type { Scalar } from '../grid';

/** The four cell roles of the draft's colour legend. */
export type CellRole = 'constant' | 'prefilled' | 'input' | 'locked';

/** Fills per role (RRGGBB). Blue is the operator's, as the draft says. */
export const ROLE_FILLS: Record<CellRole, string> = {
  constant: 'F2F2F2',
  prefilled: 'E2EFDA',
  input: 'DDEBF7',
  locked: 'A6A6A6',
};

export const ROLE_TEXTS: Record<CellRole, string> = {
  constant: 'Konstante/automatiske felter',
  prefilled: 'Forudfyldes af sekretariatet ("sidste års data")*',
  input: 'Udfyldes af kommunerne og regionen',
  locked: 'Skal ikke udfyldes',
};

export interface CellSpec {
  row: number;
  col: number;
  value?: Scalar;
  /** Without the leading "=". */
  formula?: string;
  numFmt?: string;
  role?: CellRole;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  border?: boolean;
}

export interface ListValidationSpec {
  row: number;
  col: number;
  list: readonly string[];
  title: string;
  message: string;
}

/** Red text when the formula (relative to the range's top-left cell) is true. */
export interface RedTextRuleSpec {
  range: string;
  formula: string;
}

export interface SheetSpec {
  name: string;
  cells: CellSpec[];
  merges: string[];
  validations: ListValidationSpec[];
  redText: RedTextRuleSpec[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  freeze?: { rows: number; cols: number };
  print?: { landscape: boolean; titleRows?: string; header?: string; footer?: string };
}

export interface WorkbookSpec {
  title: string;
  sheets: SheetSpec[];
}
