// Where the template put things: the rows of each block and the columns and header cells, for plans and tests.
import type { ColumnKey } from '../layout/columns';

export interface BlockLayout {
  headerRow: number;
  y1Row: number;
  y2Row: number;
  changeRow: number;
  saerligeRow: number;
  saerligeValueCol: number;
  /** Column of the Særlige forhold and places labels. */
  labelCol: number;
  anvendteRow: number;
  solgteRow: number;
}

export interface TemplateLayout {
  sheetName: string;
  year1: number;
  year2: number;
  columns: Record<ColumnKey, number>;
  header: {
    driftsherre: { row: number; col: number };
    overheadY1: { row: number; col: number };
    overheadY2: { row: number; col: number };
    plKommuner: { row: number; col: number };
    plRegioner: { row: number; col: number };
    thresholdRate: { row: number; col: number };
    thresholdOccupancy: { row: number; col: number };
  };
  blocks: BlockLayout[];
}
