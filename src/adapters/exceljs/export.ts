// The export as an xlsx: "Takster" (the tidy rows), "Kontrol" (the findings), "Metadata" and "Forklaring".
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS, type ExportJson } from '../../core/export/tidy-export';

export function exportWorkbook(e: ExportJson): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const t = wb.addWorksheet('Takster', { views: [{ state: 'frozen', ySplit: 1 }] });
  t.columns = EXPORT_COLUMNS.map(([key, header]) => ({ header, key, width: Math.max(10, header.length + 2) }));
  t.getRow(1).font = { bold: true };
  for (const r of e.rows) t.addRow(r);
  t.getColumn('belaegning').numFmt = '0.0';
  t.getColumn('oh').numFmt = '0.0';
  t.getColumn('budget').numFmt = '#,##0';
  t.autoFilter = { from: 'A1', to: { row: 1, column: EXPORT_COLUMNS.length } };
  const k = wb.addWorksheet('Kontrol');
  k.columns = [
    { header: 'Ark', key: 'sheet', width: 16 },
    { header: 'Celle', key: 'cell', width: 8 },
    { header: 'Alvor', key: 'severity', width: 10 },
    { header: 'Besked', key: 'message', width: 90 },
    { header: 'Regel', key: 'ruleId', width: 28 },
  ];
  k.getRow(1).font = { bold: true };
  const da = { error: 'Fejl', warning: 'Advarsel', info: 'Info' } as const;
  for (const f of e.findings) k.addRow({ ...f, severity: da[f.severity] });
  const f = wb.addWorksheet('Forklaring');
  f.columns = [
    { header: 'Ark', key: 'sheet', width: 16 },
    { header: 'Blok', key: 'block', width: 6 },
    { header: 'Tilbud', key: 'tilbud', width: 30 },
    { header: 'Afdeling', key: 'afdeling', width: 24 },
    { header: 'Ændring i alt (pct.)', key: 'total', width: 12 },
    ...(['pl', 'realGrowth', 'overhead', 'regulering', 'pladser', 'belaegning'] as const).map((c) => ({ header: { pl: 'P/L', realGrowth: 'Reel vækst', overhead: 'Overhead', regulering: 'Regulering', pladser: 'Pladser', belaegning: 'Belægning' }[c], key: c, width: 11 })),
    { header: 'Hvorfor ikke forklaret', key: 'reason', width: 60 },
  ];
  f.getRow(1).font = { bold: true };
  for (const x of e.explanations) f.addRow({ ...x, ...(x.components ?? {}) });
  const m = wb.addWorksheet('Metadata');
  m.columns = [
    { header: 'Felt', key: 'k', width: 24 },
    { header: 'Værdi', key: 'v', width: 70 },
  ];
  const md = e.metadata;
  for (const [key, value] of [
    ['Driftsherre', md.driftsherre ?? ''],
    ['Kildefil', md.sourceName],
    ['Kildefilens SHA-256', md.sourceSha256],
    ['Produktversion', md.productVersion],
    ['Regelversion', md.rulesVersion],
    ['Øjebliksbillede', md.snapshot ? `${md.snapshot.budgetYear} (${md.snapshot.partial ? 'delvist' : 'fuldt'}), SHA-256 ${md.snapshot.sha256}` : 'intet'],
    ['Tidspunkt', md.createdAt],
    ['Eksporteret trods fejl', md.forced ? 'ja' : 'nej'],
  ]) m.addRow({ k: key, v: value });
  return wb;
}
