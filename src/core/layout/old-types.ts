// The old 2026 skema as read: its rows, its offers with the budget year's figures, and the problems found.
import { figureValues, SNAPSHOT_FIGURES, type SnapshotFigure } from '../model/figures';
import { normalizeLabel } from './parse';

/** A header or label text of the old skema in one comparable form (soft hyphens and line breaks gone). */
export const norm = (s: string | null) => (s ? normalizeLabel(s).replace(/-\s+/g, '').replace(/\s+/g, ' ') : '');

export interface OldRow {
  row: number;
  section: string | null;
  tilbud: string;
  ydelse: string | null;
  takstenhed: string | null;
  lovgrundlag: string | null;
  betalingsmodel: string | null;
  pladser: Record<number, number | null>;
  takst: Record<number, number | null>;
  /** Percent numbers. */
  belaegning: number | null;
  oh: number | null;
  sum: number | null;
  regulering: number | null;
  indtaegter: number | null;
  kommentar: string | null;
}

/** The figures the old skema holds for a year: those a snapshot carries (no Tomgang). */
export type OldFigures = { [K in SnapshotFigure]: K extends 'takster' ? Array<number | null> : number | null };

/** An old offer's budget-year figures, in the order of model/figures.ts. */
export function oldFigures(o: OldFigures): OldFigures {
  return figureValues(
    (k) => o[k as Exclude<SnapshotFigure, 'takster'>],
    () => o.takster,
    SNAPSHOT_FIGURES,
  );
}

/** The budget year's figures (OldFigures) are derived as docs/import.md writes (Budget i alt = (Sum + Indtægter) × (1 + OH) + Regulering). */
export interface OldOffer extends OldFigures {
  tilbud: string;
  section: string | null;
  rows: OldRow[];
  paragraf: string | null;
  enhed: string | null;
  /** The earlier year's places and rates, as the old skema shows them. */
  previous: { year: number; pladser: number | null; basis: number | null; time: number | null; takster: Array<number | null> } | null;
  kommentar: string | null;
}

export interface OldProblem {
  cell: string;
  reason: string;
}

export interface OldSheet {
  sheet: string;
  driftsherre: string | null;
  /** The budget year: the latest year in the "Takst YYYY" headers. */
  year: number;
  headerRow: number;
  offers: OldOffer[];
  /** Rows that hold something but could not be used, with the reason. */
  problems: OldProblem[];
  /** Data rows seen (taken or reported). */
  rowsRead: number;
}
