// An offer to fill into a sheet, whatever it came from (last year's snapshot, an export, a tidy table): the shared
// vocabulary of the prefill and the import.
import type { SnapshotFigures } from './snapshot';

/** An offer to write into the sheet: its identity and its figures per year (from a snapshot or an export). */
export interface FillOffer {
  tilbud: string;
  afdeling: string | null;
  paragraf: string | null;
  enhed: string | null;
  bemaerkning?: string | null;
  /** Særlige forhold, carried from last year's approved sheet (a new block and an empty cell only get it). */
  saerligeForhold?: string | null;
  years: Record<number, SnapshotFigures>;
  /**
   * Years whose figures come from an export's earlier-year columns only (places and rates, no budget): a file
   * whose own budget year is that year, or last year's approved figures, take their place.
   */
  partialYears?: number[];
  /** The input rows this offer was made of, and its key (for the reconciliation). */
  rows?: string[];
  key?: string;
  source?: string;
}
