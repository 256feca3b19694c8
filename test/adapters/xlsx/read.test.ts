// The reader of the commands that only read (adapters/xlsx) must give the grid exceljs gives (adapters/exceljs/grid.ts)
// cell for cell: the commands that write load with exceljs, and both must see the same sheet. Compared on the
// samples, a filled fixture, LibreOffice's rewrite of them, every corpus file, hand-made parts for what exceljs
// itself never writes (shared formulas, inline and rich text, row and column styles, cells without an address,
// 1904 dates), and random sheets.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { guardXlsxBytes, LIMITS } from '../../../src/adapters/exceljs/guard';
import { loadWorkbookBytes, workbookToGrids } from '../../../src/adapters/exceljs/read';
import { workbookBytes } from '../../../src/adapters/exceljs/write';
import { readGridsFile } from '../../../src/adapters/xlsx/file';
import { gridsFromParts, NEEDED_PART } from '../../../src/adapters/xlsx/read';
import { slideFormula } from '../../../src/adapters/xlsx/sheet';
import type { Grid } from '../../../src/core/grid';
import { CORPUS, zip } from '../../corpus/cases';
import { buildFixture } from '../../fixtures/builder';
import { TEST_MUNICIPALITY_HEADER, testMunicipalityBlocks, DRAFT_FICTIVE_BLOCKS } from '../../fixtures/seeds';
import { soffice } from '../../fixtures/soffice';

const ROOT = join(__dirname, '..', '..', '..');

async function fast(bytes: Buffer, name = 'x.xlsx'): Promise<Grid[]> {
  const parts = await guardXlsxBytes(bytes, name, LIMITS, (p) => NEEDED_PART.test(p));
  return gridsFromParts(parts, name, LIMITS);
}

async function viaExceljs(bytes: Buffer, name = 'x.xlsx'): Promise<Grid[]> {
  return workbookToGrids(await loadWorkbookBytes(bytes, name));
}

/** Both readers' outcome: the grids, or the refusal's code. */
async function outcome(read: () => Promise<Grid[]>): Promise<{ grids: Grid[] } | { refused: string }> {
  try {
    return { grids: await read() };
  } catch (e) {
    return { refused: (e as { code?: string }).code ?? String(e) };
  }
}

async function expectSame(bytes: Buffer, name = 'x.xlsx'): Promise<Grid[]> {
  const a = await fast(bytes, name);
  expect(a).toEqual(await viaExceljs(bytes, name));
  return a;
}

describe('adapters/xlsx reads what exceljs reads', () => {
  const filled = () =>
    workbookBytes(
      buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks: [...testMunicipalityBlocks(), ...DRAFT_FICTIVE_BLOCKS] })
        .workbook,
    );

  it('on every sample and a filled fixture', async () => {
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.xlsx'));
    expect(samples.length).toBeGreaterThanOrEqual(3);
    for (const f of samples) {
      const grids = await expectSame(readFileSync(join(ROOT, 'samples', f)), f);
      expect(grids.some((g) => g.cells.length > 10)).toBe(true);
    }
    const grids = await expectSame(await filled());
    // Not an empty agreement: the fixture's figures, formulas, formats and merges are there.
    const cells = grids[0].cells.flatMap((r) => r ?? []).filter((c) => c !== undefined);
    expect(cells.filter((c) => typeof c!.value === 'number').length).toBeGreaterThan(50);
    expect(cells.filter((c) => c!.formula).length).toBeGreaterThan(20);
    expect(cells.filter((c) => c!.fill).length).toBeGreaterThan(20);
    expect(grids[0].merges.length).toBeGreaterThan(5);
  });

  it('on every corpus file: the same grid, or the same refusal', async () => {
    let compared = 0;
    for (const c of CORPUS.filter((k) => k.file.endsWith('.xlsx'))) {
      const bytes = await c.build();
      const a = await outcome(() => fast(bytes, c.file));
      const b = await outcome(() => viaExceljs(bytes, c.file));
      expect({ id: c.id, ...a }).toEqual({ id: c.id, ...b });
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('on the public SheetJS corpus of real-world workbooks (../shared/corpus/sheetjs): the same grid, or the same refusal', async () => {
    const dir = join(ROOT, '..', 'shared', 'corpus', 'sheetjs');
    const files = readdirSync(dir).filter((f) => /\.xls[xm]$/i.test(f));
    expect(files.length).toBeGreaterThanOrEqual(73);
    const differ: string[] = [];
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      const a = await outcome(() => fast(bytes, f));
      const b = await outcome(() => viaExceljs(bytes, f));
      if (!isDeepStrictEqual(a, b)) differ.push(f);
    }
    // The one known disagreement, where exceljs is wrong: an ISO date cell (t="d", 2014-02-14T08:27:48.765Z) is the
    // number 2014 to exceljs. The project's reader reads the date; a command that would write such a file through
    // exceljs refuses it (test/cli/one-reading.test.ts), so the date is never written back as 2014.
    // And one where exceljs reads nothing: wtf_path.xlsx keeps its workbook at wtf/workbook.xml, named by the package's
    // relationships (_rels/.rels). exceljs gives no sheets; the project's reader finds the workbook where the package
    // says, and a writing command refuses the file (exceljs has not the sheet).
    expect(differ).toEqual(['wtf_path.xlsx', 'xlsx-stream-d-date-cell.xlsx']);
    const wtf = await fast(readFileSync(join(dir, 'wtf_path.xlsx')), 'wtf_path.xlsx');
    expect(wtf.length).toBeGreaterThanOrEqual(2);
    expect(wtf[0].cells.flat().filter((c) => c && c.value !== null).length).toBeGreaterThan(3);
    const dated = await fast(readFileSync(join(dir, 'xlsx-stream-d-date-cell.xlsx')), 'd.xlsx');
    expect(dated[0].cells[4]?.[1]?.value).toBe('2014-02-14T08:27:48.765Z');
  }, 300_000);

  const bin = soffice();
  (bin ? it : it.skip)(
    "on LibreOffice's rewrite of a sample and a fixture",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'takst-xlsx-lo-'));
      writeFileSync(join(dir, 'udfyldt.xlsx'), await filled());
      const inputs = [join(ROOT, 'samples', 'syntetisk-region-udtraek-2026.xlsx'), join(dir, 'udfyldt.xlsx')];
      execFileSync(
        bin!,
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), ...inputs],
        {
          stdio: 'pipe',
          timeout: 120_000,
        },
      );
      for (const f of ['syntetisk-region-udtraek-2026.xlsx', 'udfyldt.xlsx']) {
        const path = join(dir, 'lo', f);
        const grids = await expectSame(readFileSync(path), f);
        expect((await readGridsFile(path)).grids).toEqual(grids);
      }
    },
    180_000,
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Hand-made parts: what Excel and LibreOffice write and exceljs does not.

const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

interface Made {
  sheets: Array<{ name: string; xml: string; state?: string; dtd?: string }>;
  strings?: string[];
  styles?: string;
  date1904?: boolean;
}

function xlsx(m: Made): Buffer {
  const book = `<workbook ${NS}>${m.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${m.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`)
    .join('')}</sheets></workbook>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${m.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('')}</Relationships>`;
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from(CT) },
    { name: 'xl/workbook.xml', data: Buffer.from(book) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(rels) },
    ...m.sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.from(`${s.dtd ?? ''}<worksheet ${NS}>${s.xml}</worksheet>`),
      deflate: true,
    })),
  ];
  if (m.strings) entries.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(`<sst ${NS}>${m.strings.join('')}</sst>`) });
  if (m.styles) entries.push({ name: 'xl/styles.xml', data: Buffer.from(`<styleSheet ${NS}>${m.styles}</styleSheet>`) });
  return zip(entries);
}

// Style 1: a percent; 2: a blue fill; 3: a date; 4: a custom format with an escaped character; 5: a theme fill (not kept).
const STYLES = `<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0\\ %"/></numFmts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.5"/></patternFill></fill></fills>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="2" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fillId="0"/><xf numFmtId="10" fillId="0"/><xf numFmtId="0" fillId="2"/><xf numFmtId="164" fillId="0"/><xf numFmtId="165" fillId="2"/><xf numFmtId="3" fillId="3"/></cellXfs>`;

describe('adapters/xlsx on hand-made parts', () => {
  it('slides a shared formula to each of its cells', async () => {
    const grids = await expectSame(
      xlsx({
        sheets: [
          {
            name: 'A',
            xml: `<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*$A$1+SUM(A1:A2)</f><v>6</v></c></row>
<row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>11</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/></c></row></sheetData>`,
          },
        ],
      }),
    );
    expect(grids[0].cells[1]![1]).toEqual({ value: 11, formula: 'A2*$A$1+SUM(A2:A3)' });
    // A formula without a cached result reads as one (formula-without-result finds it).
    expect(grids[0].cells[2]![1]).toEqual({ value: null, formula: 'A3*$A$1+SUM(A3:A4)' });
    expect(slideFormula('Ark1!B7+$C7+C$7+SUM(D7:E7)', { row: 6, col: 1 }, { row: 8, col: 3 })).toBe('Ark1!D9+$C9+E$7+SUM(F9:G9)');
  });

  it('reads shared, inline and rich text, booleans, errors and text results as exceljs does', async () => {
    const strings = [
      '<si><t>Kærvej</t></si>',
      '<si><r><t>Tak</t></r><r><rPr><b/></rPr><t xml:space="preserve">st 1</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>',
      '<si><t>a_x000D_b</t></si>',
    ];
    const grids = await expectSame(
      xlsx({
        strings,
        sheets: [
          {
            name: 'Ark',
            xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>
<c r="D1" t="inlineStr"><is><t>Inline &amp; co</t></is></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#DIV/0!</v></c>
<c r="G1" t="str"><f>A1&amp;"x"</f><v>Kærvejx</v></c><c r="H1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="I1" t="b"><f>TRUE()</f><v>0</v></c></row></sheetData>`,
          },
        ],
      }),
    );
    expect(grids[0].cells[0]).toEqual([
      { value: 'Kærvej' },
      { value: 'Takst 1' },
      { value: 'a\rb' },
      { value: 'Inline & co' },
      { value: true },
      { value: null, error: '#DIV/0!' },
      { value: 'Kærvejx', formula: 'A1&"x"' },
      { value: null, error: '#DIV/0!', formula: '1/0' },
      { value: false, formula: 'TRUE()' },
    ]);
  });

  it('keeps formats and fills, of empty cells too, from the cell, the row or the column', async () => {
    const grids = await expectSame(
      xlsx({
        styles: STYLES,
        sheets: [
          {
            name: 'Ark',
            xml: `<cols><col min="3" max="4" width="9" style="2"/></cols><sheetData>
<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"/><c r="E1" s="4"><v>1</v></c><c r="F1" s="5"><v>7</v></c></row>
<row r="2" s="1" customFormat="1"><c r="A2"><v>1</v></c><c r="C2" s="0"><v>2</v></c><c r="E2"><v>3</v></c></row>
<row r="3"><c r="B3" s="2"/></row></sheetData>`,
          },
        ],
      }),
    );
    const [r1, r2] = grids[0].cells;
    expect(r1![0]).toEqual({ value: 0.5, numFmt: '0.00%' });
    expect(r1![1]).toEqual({ value: null, fill: 'DDEBF7' });
    expect(r1![2]).toEqual({ value: null, fill: 'DDEBF7' }); // a missing cell: its column's style
    expect(r1![4]).toEqual({ value: 1, numFmt: '0.0 %', fill: 'DDEBF7' });
    expect(r1![5]).toEqual({ value: 7, numFmt: '#,##0' }); // a theme colour is not a fill the grid keeps
    expect(r2![1]).toEqual({ value: null, numFmt: '0.00%' }); // a missing cell in a styled row: the row's style
    expect(r2![3]).toEqual({ value: null, numFmt: '0.00%' }); // the row's style has a fill ("none"): the column's is hidden
    // A row of empty styled cells only is not in the grid (as in exceljs).
    expect(grids[0].cells[2]).toBeUndefined();
  });

  it('reads a number under a date format as its date, in both date systems', async () => {
    for (const date1904 of [false, true]) {
      const grids = await expectSame(
        xlsx({
          date1904,
          styles: STYLES,
          sheets: [{ name: 'Ark', xml: `<sheetData><row r="1"><c r="A1" s="3"><v>46023</v></c><c r="B1" s="3"><f>A1+1</f><v>46024</v></c></row></sheetData>` }],
        }),
      );
      expect(grids[0].cells[0]![0]!.value).toBe(date1904 ? '2030-01-02T00:00:00.000Z' : '2026-01-01T00:00:00.000Z');
    }
  });

  it('keeps a number that is not finite ("-INF", "1e309") as written, never NaN or Infinity', async () => {
    const grids = await fast(
      xlsx({
        sheets: [{ name: 'Ark', xml: `<sheetData><row r="1"><c r="A1"><v>-INF</v></c><c r="B1"><v>1e309</v></c><c r="C1"><v>12,5</v></c></row></sheetData>` }],
      }),
    );
    expect(grids[0].cells[0]!.map((c) => c?.value)).toEqual(['-INF', '1e309', 12]);
  });

  it('blanks a merged area but its first cell, and keeps hidden sheets hidden', async () => {
    const made = xlsx({
      strings: ['<si><t>Tilbud</t></si>'],
      styles: STYLES,
      sheets: [
        {
          name: 'Synlig',
          xml: `<sheetData><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="2"><v>9</v></c><c><v>4</v></c><c/><c><v>5</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A2:B3"/><mergeCell ref="F5:G5"/></mergeCells>`,
        },
        { name: 'Skjult', state: 'hidden', xml: '<sheetData/>' },
        { name: 'Meget skjult', state: 'veryHidden', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      ],
    });
    const grids = await expectSame(made);
    expect(grids.map((g) => [g.name, g.hidden])).toEqual([
      ['Synlig', false],
      ['Skjult', true],
      ['Meget skjult', true],
    ]);
    const rows = grids[0].cells;
    expect(rows[1]!.slice(0, 5)).toEqual([{ value: 'Tilbud' }, { value: null, fill: 'DDEBF7' }, { value: 4 }, { value: 5 }, undefined]);
    expect(rows[2]).toEqual([{ value: null }, { value: null }]);
    // F5, the first cell of an area that holds nothing, is not in the grid; G5 is part of the area.
    expect(rows[4]!.slice(5)).toEqual([undefined, { value: null }]);
    expect(grids[0].merges).toEqual([
      { top: 1, left: 0, bottom: 2, right: 1 },
      { top: 4, left: 5, bottom: 4, right: 6 },
    ]);
  });

  it('refuses what exceljs refuses: overlapping merges, a shared string that is not there, broken XML, DTD entities', async () => {
    const cases: Made[] = [
      { sheets: [{ name: 'A', xml: '<sheetData/><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>' }] },
      { strings: ['<si><t>a</t></si>'], sheets: [{ name: 'A', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData>' }] },
      { sheets: [{ name: 'A', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>' }] },
      // Entities a DTD would define (a "billion laughs") are never expanded: the part is refused.
      {
        sheets: [
          {
            name: 'A',
            xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData>',
            dtd: '<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
          },
        ],
      },
    ];
    for (const m of cases) {
      const bytes = xlsx(m);
      expect(await outcome(() => fast(bytes))).toEqual({ refused: 'corrupt' });
      expect(await outcome(() => viaExceljs(bytes))).toEqual({ refused: 'corrupt' });
    }
    // A merge over a whole sheet is refused before it is expanded cell by cell.
    const huge = xlsx({ sheets: [{ name: 'A', xml: '<sheetData/><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>' }] });
    expect(await outcome(() => fast(huge))).toEqual({ refused: 'too-many-rows' });
  });

  it("counts a kept sheet's rows and cells as it parses, and refuses it past the limits as the guard refuses a sheet it counts", async () => {
    // The guard leaves a kept sheet to its parser; the same sheets through the guard alone (nothing kept) are refused
    // alike, with the same message.
    const limits = { ...LIMITS, sheetRows: 500, sheetCells: 2000 };
    const sheet = (rows: string, dimension = 'A1:A1') =>
      xlsx({ sheets: [{ name: 'A', xml: `<dimension ref="${dimension}"/><sheetData>${rows}</sheetData>` }] });
    const refusal = async (read: Promise<unknown>) =>
      read.then(
        () => 'read',
        (e: Error & { code?: string }) => `${e.code}: ${e.message}`,
      );
    const parsed = (bytes: Buffer) =>
      refusal(guardXlsxBytes(bytes, 'x.xlsx', limits, (p) => NEEDED_PART.test(p)).then((parts) => gridsFromParts(parts, 'x.xlsx', limits)));
    const counted = (bytes: Buffer) => refusal(guardXlsxBytes(bytes, 'x.xlsx', limits));
    const one = (r: number) => `<row r="${r}"><c r="A${r}"><v>1</v></c></row>`;
    const cases: Array<[string, Buffer, RegExp | 'read']> = [
      ['many row elements', sheet(Array.from({ length: 600 }, (_, i) => one(i + 1)).join('')), /^too-many-rows: .*rækker eller flere; grænsen er 500/],
      // Rows over several stream chunks (16 KiB), past the limit in the middle of one: the count at its end.
      [
        'many long rows',
        sheet(Array.from({ length: 900 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${'x'.repeat(60)}</t></is></c></row>`).join('')),
        /^too-many-rows: Et ark har (50[2-9]|5[1-9]\d|[6-8]\d\d) rækker eller flere; grænsen er 500/,
      ],
      ['a row far down', sheet(one(90_000)), /^too-many-rows: Et ark har 90\.000 rækker/],
      ['a row beyond the sheet', sheet(one(2_000_000)), /^too-many-rows: /],
      ['a dimension that says so', sheet(one(1), 'A1:X100001'), /^too-many-rows: Et ark har 100\.001 rækker/],
      ['too many cells', sheet(`<row r="3">${'<c><v>1</v></c>'.repeat(2500)}</row>`), /^too-many-rows: .*celler eller flere; grænsen er 2\.000/],
      ['within both', sheet(one(300) + `<row r="301">${'<c><v>1</v></c>'.repeat(1999)}</row>`), 'read'],
    ];
    for (const [what, bytes, expected] of cases) {
      const [a, b] = [await parsed(bytes), await counted(bytes)];
      if (expected === 'read') expect([what, a, b]).toEqual([what, 'read', 'read']);
      else {
        expect([what, a]).toEqual([what, expect.stringMatching(expected)]);
        // The same words and the same number: the reader names the count the guard's stream would have reached.
        expect([what, a]).toEqual([what, b]);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Random sheets, written by exceljs: values of every kind, formats, fills, merges.

const scalar = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('Kærvej', 'Takst 1', ' ', '=SUM(A1)', '98 %', '1.234,5'),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }),
  fc.record({ formula: fc.constantFrom('A1+1', 'SUM(A1:B2)', 'B2*2'), result: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }) }),
);
const cellArb = fc.record({
  row: fc.integer({ min: 1, max: 12 }),
  col: fc.integer({ min: 1, max: 8 }),
  value: scalar,
  numFmt: fc.option(fc.constantFrom('0.0%', '#,##0', '@', 'dd-mm-yyyy', 'General'), { nil: undefined }),
  fill: fc.option(fc.constantFrom('FFDDEBF7', 'FFFFFF00'), { nil: undefined }),
});

describe('adapters/xlsx on random sheets', () => {
  it('gives the grid exceljs gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(cellArb, { maxLength: 40 }),
        fc.option(
          fc.record({
            row: fc.integer({ min: 1, max: 10 }),
            col: fc.integer({ min: 1, max: 6 }),
            h: fc.integer({ min: 0, max: 2 }),
            w: fc.integer({ min: 1, max: 2 }),
          }),
          {
            nil: undefined,
          },
        ),
        async (cells, merge) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet('Ark');
          for (const c of cells) {
            const cell = ws.getCell(c.row, c.col);
            cell.value = c.value as ExcelJS.CellValue;
            if (c.numFmt) cell.numFmt = c.numFmt;
            if (c.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } };
          }
          if (merge) ws.mergeCells(merge.row, merge.col, merge.row + merge.h, merge.col + merge.w);
          const bytes = await workbookBytes(wb);
          expect(await fast(bytes)).toEqual(await viaExceljs(bytes));
        },
      ),
      {
        numRuns: 60,
        // Cases random seeds found once: a date a millisecond apart (× 86.400.000 at once against exceljs's step by
        // step) and a date serial no JavaScript date can hold (#NUM! on both readers).
        examples: [-67068610.01458119, 13128211.91598807, -99974431.00000001].map(
          (value): [Array<{ row: number; col: number; value: number; numFmt: 'dd-mm-yyyy'; fill: undefined }>, undefined] => [
            [{ row: 1, col: 1, value, numFmt: 'dd-mm-yyyy', fill: undefined }],
            undefined,
          ],
        ),
      },
    );
  }, 120_000);
});
