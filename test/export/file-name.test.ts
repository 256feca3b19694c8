// An export's file name: operator and budget year, Danish letters spelt out, a typo year in one block not moving it.
import { exportBudgetYear, exportStem, fileSlug } from '../../src/core/export/file-name';
import type { ExportJson, ExportRow } from '../../src/core/export/tidy-export';

const row = (block: number, year: number) => ({ sheet: 'Takster 2027', block, year }) as ExportRow;
const exp = (driftsherre: string | null, rows: ExportRow[]) => ({ metadata: { driftsherre }, rows }) as unknown as ExportJson;

it('names an export by operator and budget year', () => {
  expect(['Hjørring Kommune', 'Læsø Kommune', 'Frederikshavn Kommune', 'Region Nordjylland', ' Aalborg  Kommune! '].map(fileSlug)).toEqual([
    'hjoerring-kommune',
    'laesoe-kommune',
    'frederikshavn-kommune',
    'region-nordjylland',
    'aalborg-kommune',
  ]);
  const rows = [row(1, 2026), row(1, 2027), row(2, 2027), row(3, 2026), row(3, 20277)];
  expect(exportBudgetYear({ rows })).toBe(2027);
  expect(exportStem(exp('Hjørring Kommune', rows))).toBe('hjoerring-kommune-2027');
  expect(exportStem(exp(null, []))).toBe('takstskema-eksport');
});
