// mergeAreas: the same merged areas as exceljs's own mergeCells, in linear time, and the same refusal of an overlap.
import ExcelJS from 'exceljs';
import { mergeAreas } from '../../../src/adapters/exceljs/merge';
import { workbookBytes } from '../../../src/adapters/exceljs/write';

const areasOf = (ws: ExcelJS.Worksheet) => [...((ws.model as { merges?: string[] }).merges ?? [])].sort();

describe('mergeAreas', () => {
  it('merges as mergeCells does, and the file reads back with them', async () => {
    const ranges = ['A1:C1', 'B3:B5', 'D2:E4', 'G7:H7'];
    const a = new ExcelJS.Workbook().addWorksheet('a');
    const b = new ExcelJS.Workbook().addWorksheet('b');
    a.getCell('A1').value = 'x';
    b.getCell('A1').value = 'x';
    for (const r of ranges) a.mergeCells(r);
    mergeAreas(b, ranges);
    expect(areasOf(b)).toEqual(areasOf(a));
    expect(b.getCell('C1').isMerged && b.getCell('C1').master.address).toBe('A1');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbookBytes(b.workbook)) as unknown as ArrayBuffer);
    expect(areasOf(back.worksheets[0])).toEqual(areasOf(a));
  });

  it('refuses an area that overlaps another, given or already there', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('a');
    expect(() => mergeAreas(ws, ['A1:B2', 'B2:C3'])).toThrow(/already merged/);
    const ws2 = new ExcelJS.Workbook().addWorksheet('b');
    ws2.mergeCells('A1:B2');
    expect(() => mergeAreas(ws2, ['B1:C1'])).toThrow(/already merged/);
    expect(areasOf(ws2)).toEqual(['A1:B2']);
  });

  it('takes linear time: ten times the areas cost about ten times as much, not a hundred', () => {
    // Counted, not timed: how many areas exceljs compares each new one with (its _merges at each call).
    const ws = new ExcelJS.Workbook().addWorksheet('a') as ExcelJS.Worksheet & { _merges: Record<string, unknown> };
    let compared = 0;
    const own = ws.mergeCells.bind(ws);
    ws.mergeCells = ((...args: Parameters<ExcelJS.Worksheet['mergeCells']>) => {
      compared += Object.keys(ws._merges).length;
      own(...args);
    }) as ExcelJS.Worksheet['mergeCells'];
    mergeAreas(
      ws,
      Array.from({ length: 2000 }, (_, i) => `A${i * 2 + 1}:C${i * 2 + 1}`),
    );
    expect(Object.keys(ws._merges)).toHaveLength(2000);
    expect(compared).toBe(0);
  });
});
