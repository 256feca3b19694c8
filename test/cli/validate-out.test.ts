import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { conditionalFormatsOf } from '../../src/adapters/exceljs/marks';
import { isMarkFormula, MARK_STYLES } from '../../src/core/plans/marks';
import { buildFixture } from '../fixtures/builder';
import { HOBRO } from '../rules/helpers';

const quiet = { out: () => undefined, err: () => undefined };

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('takst validate --out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'takst-out-'));
  const input = join(dir, 'skema.xlsx');
  const output = join(dir, 'markeret.xlsx');
  let layout: ReturnType<typeof buildFixture>['layout'];

  beforeAll(async () => {
    const built = buildFixture({
      driftsherre: 'Mariagerfjord Kommune',
      header: { overheadY1: 6.3, overheadY2: 6.5 },
      blocks: [{ ...HOBRO, paragraf: '§ 104', y2: { ...HOBRO.y2, takster: [332 * 1.06, 498 * 1.06] } }],
    });
    layout = built.layout;
    await saveWorkbook(built.workbook, input);
    expect(await run(['validate', input, '--out', output], quiet)).toBe(1);
  });

  it('marks each finding cell with a conditional format of its severity and the message as a note', async () => {
    const ws = (await open(output)).getWorksheet(layout.sheetName)!;
    const b = layout.blocks[0];
    const marks = conditionalFormatsOf(ws)
      .filter((cf) => cf.rules.some((r) => r.type === 'expression' && isMarkFormula(String(r.formulae?.[0]))))
      .map((cf) => [cf.ref, ((cf.rules[0].style?.fill as ExcelJS.FillPattern).bgColor?.argb ?? '').slice(-6)]);
    expect(marks.sort()).toEqual([
      [`C${b.y1Row + 1}`, MARK_STYLES.warning.fill],
      [`X${b.y1Row + 1}`, MARK_STYLES.error.fill],
    ]);
    expect(String(ws.getCell(`X${b.y1Row + 1}`).note)).toMatch(/^\[takst\] Fejl: Takst 1 \(\+6,0 %\), Takst 2 \(\+6,0 %\) stiger mere end P\/L kommuner/);
  });

  it('leaves every other cell as it was, and keeps the dropdowns and red-text rules', async () => {
    const before = (await open(input)).getWorksheet(layout.sheetName)!;
    const after = (await open(output)).getWorksheet(layout.sheetName)!;
    const b = layout.blocks[0];
    let compared = 0;
    before.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const a = after.getCell(r, c);
        expect([a.address, a.fill, a.numFmt, a.font, a.border]).toEqual([cell.address, cell.fill, cell.numFmt, cell.font, cell.border]);
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(200);
    expect(after.getCell(`J${b.y1Row + 1}`).dataValidation.formulae?.[0]).toMatch(/^"Dag,Døgn/);
    const own = conditionalFormatsOf(after).filter((cf) => !cf.rules.some((r) => r.type === 'expression' && isMarkFormula(String(r.formulae?.[0]))));
    expect(own).toEqual(conditionalFormatsOf(before));
    expect(after.getCell(`K${b.changeRow + 1}`).formula).toMatch(/K\d+\/K\d+-1/);
  });

  it('adds a Kontrol sheet listing the findings with links to their cells', async () => {
    const ks = (await open(output)).getWorksheet('Kontrol')!;
    expect(ks.getRow(1).values).toEqual([undefined, 'Ark', 'Celle', 'Alvor', 'Tilbud', 'Afdeling', 'Besked', 'Regel']);
    const rows = ks.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[7])).toEqual(['paragraf-in-list', 'rate-rise-needs-remark']);
    const link = ks.getCell('B2').value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toBe(`#'${layout.sheetName}'!C${layout.blocks[0].y1Row + 1}`);
  });

  it('never writes over the input', async () => {
    expect(await run(['validate', input, '--out', input], quiet)).toBe(2);
  });
});

describe('takst validate --out keeps what is the user’s', () => {
  it('keeps a user sheet named KONTROL or Kontrol and the user’s own notes; a second run replaces only its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'takst-egne-ark-'));
    const built = buildFixture({
      driftsherre: 'Mariagerfjord Kommune',
      header: { overheadY1: 6.3, overheadY2: 6.5 },
      blocks: [{ ...HOBRO, paragraf: '§ 104' }],
    });
    const para = `C${built.layout.blocks[0].y1Row + 1}`;
    built.workbook.getWorksheet(built.layout.sheetName)!.getCell(para).note = 'Spørg Jens om paragraffen';
    built.workbook.addWorksheet('KONTROL').getCell('A1').value = 'mine egne tal';
    const input = join(dir, 'skema.xlsx');
    await saveWorkbook(built.workbook, input);
    const err: string[] = [];
    const first = join(dir, 'kontrol-1.xlsx');
    expect(await run(['validate', input, '--out', first], { out: () => undefined, err: (t) => err.push(t) })).toBe(0);
    expect(err.join('')).toMatch(/fundene står i arket "Kontrol \(takst\)"/);
    let wb = await open(first);
    expect(wb.worksheets.map((w) => w.name).slice(-2)).toEqual(['KONTROL', 'Kontrol (takst)']);
    expect(wb.getWorksheet('KONTROL')!.getCell('A1').value).toBe('mine egne tal');
    expect(String(wb.getWorksheet(built.layout.sheetName)!.getCell(para).note)).toMatch(/^Spørg Jens om paragraffen\n\n\[takst\] Advarsel: §§ "§ 104"/);
    // Validating the marked copy again: its own report sheet and note part are replaced, not doubled.
    const second = join(dir, 'kontrol-2.xlsx');
    expect(await run(['validate', first, '--out', second], quiet)).toBe(0);
    wb = await open(second);
    expect(wb.worksheets.filter((w) => /kontrol/i.test(w.name)).map((w) => w.name)).toEqual(['KONTROL', 'Kontrol (takst)']);
    expect(String(wb.getWorksheet(built.layout.sheetName)!.getCell(para).note).match(/\[takst\]/g)).toHaveLength(1);
  });
});
