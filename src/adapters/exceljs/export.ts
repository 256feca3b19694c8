// The export as an xlsx: "Takster" (the tidy rows), "Kontrol" (the findings), "Metadata" and "Forklaring".
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS, type ExportJson } from '../../core/export/tidy-export';
import { formatPercent } from '../../core/format';
import { SEVERITY_WORDS } from '../../core/model/finding';
import { addTable, capitalised, componentColumns } from './table';

export function exportWorkbook(e: ExportJson): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const t = addTable(
    wb,
    'Takster',
    EXPORT_COLUMNS.map(([key, header]) => ({ header, key, width: Math.max(10, header.length + 2) })),
    e.rows,
    { sheet: { views: [{ state: 'frozen', ySplit: 1 }] } },
  );
  t.getColumn('belaegning').numFmt = '0.0';
  t.getColumn('oh').numFmt = '0.0';
  t.getColumn('budget').numFmt = '#,##0';
  t.autoFilter = { from: 'A1', to: { row: 1, column: EXPORT_COLUMNS.length } };
  addTable(
    wb,
    'Kontrol',
    [
      { header: 'Ark', key: 'sheet', width: 16 },
      { header: 'Celle', key: 'cell', width: 8 },
      { header: 'Alvor', key: 'severity', width: 10 },
      { header: 'Besked', key: 'message', width: 90 },
      { header: 'Regel', key: 'ruleId', width: 28 },
      { header: 'Blok', key: 'blok', width: 6 },
      { header: 'Tilbud', key: 'tilbud', width: 30 },
      { header: 'Afdeling', key: 'afdeling', width: 24 },
    ],
    e.findings.map((f) => ({
      ...f,
      severity: SEVERITY_WORDS[f.severity].tag,
      blok: f.block ? f.block.index + 1 : null,
      tilbud: f.block?.tilbud ?? null,
      afdeling: f.block?.afdeling ?? null,
    })),
  );
  addTable(
    wb,
    'Forklaring',
    [
      { header: 'Ark', key: 'sheet', width: 16 },
      { header: 'Blok', key: 'block', width: 6 },
      { header: 'Tilbud', key: 'tilbud', width: 30 },
      { header: 'Afdeling', key: 'afdeling', width: 24 },
      { header: 'Ændring i alt (pct.)', key: 'total', width: 12 },
      ...componentColumns(capitalised, { width: 11 }),
      { header: 'Hvorfor ikke forklaret', key: 'reason', width: 60 },
    ],
    e.explanations.map((x) => ({ ...x, ...(x.components ?? {}) })),
  );
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
    ...(md.overheadDriftsherre ?? []).map((o) => [`Overhead driftsherre ${o.year ?? ''}`.trim(), formatPercent(o.pct, 2)]),
    ['Øjebliksbillede', md.snapshot ? `${md.snapshot.budgetYear} (${md.snapshot.partial ? 'delvist' : 'fuldt'}), SHA-256 ${md.snapshot.sha256}` : 'intet'],
    ['Tidspunkt', md.createdAt],
    ['Eksporteret trods fejl', md.forced ? 'ja' : 'nej'],
    ['P/L kommuner', formatPercent(md.pl.kommuner, 2)],
    ['P/L regioner', formatPercent(md.pl.regioner, 2)],
    ['Grænseværdi takststigning over P/L', formatPercent(md.thresholds.rateRisePp, 1)],
    ['Grænseværdi belægning', formatPercent(md.thresholds.occupancyPct, 1)],
  ])
    m.addRow({ k: key, v: value });
  return wb;
}
