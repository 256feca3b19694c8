/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// "Eksportér" in the pane: refused while the sheet has errors, then exported anyway as CSV and JSON downloads.
import { screen } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installDomShims, renderTaskPane } from './dom';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { workbookToGrids } from '../../src/adapters/exceljs/grid';
import { ExportJsonSchema } from '../../src/core/export/export-schema';

installDomShims();

it('exports the sample anyway after saying it has 4 errors, as CSV and JSON', async () => {
  const blobs: Blob[] = [];
  URL.createObjectURL = (b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx')) as unknown as ArrayBuffer);
  const { user } = renderTaskPane(new MemoryWorkbook(workbookToGrids(wb)));
  await user.click(await screen.findByRole('button', { name: 'Eksportér' }, { timeout: 15_000 }));
  expect(await screen.findByText(/Skemaet har 4 fejl/)).toBeTruthy();
  expect(blobs).toHaveLength(0);
  await user.click(screen.getByRole('button', { name: 'Eksportér alligevel' }));
  expect(await screen.findByText('42 rækker eksporteret med fejlene.')).toBeTruthy();
  // Named by operator and budget year, with what each file is for and where it goes.
  expect(screen.getByRole('link', { name: 'Hent mariagerfjord-kommune-2027.csv' }).getAttribute('download')).toBe('mariagerfjord-kommune-2027.csv');
  expect(screen.getByRole('link', { name: 'Hent mariagerfjord-kommune-2027.json' }).getAttribute('download')).toBe('mariagerfjord-kommune-2027.json');
  expect(screen.getByText(/Send JSON-filen til sekretariatet/)).toBeTruthy();
  expect(screen.queryByText(/til samlingen/)).toBeNull();
  expect(screen.getByText(/samler alle driftsherrers filer/).textContent).toMatch(/takst consolidate/);
  const [json] = blobs.filter((b) => b.type === 'application/json');
  const text = await new Promise<string>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.readAsText(json);
  });
  const e = ExportJsonSchema.parse(JSON.parse(text));
  expect(e.metadata.forced).toBe(true);
  expect(e.rows).toHaveLength(42);
});
