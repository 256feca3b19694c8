import JSZip from 'jszip';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardXlsxBytes, guardXlsxFile, LIMITS, SheetCounter } from '../../../src/adapters/exceljs/guard';
import { loadWorkbookBytes } from '../../../src/adapters/exceljs/read';
import { RunError } from '../../../src/core/errors';
import { fixtureBytes } from '../../fixtures/builder';
import { zip } from '../../corpus/cases';
import { NEEDED_PART } from '../../../src/adapters/xlsx/read';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(RunError);
    // Danish, and English beside it (the CLI joins them)
    expect([(e as RunError).message.includes(' / '), (e as RunError).english.length > 0]).toEqual([false, true]);
    return (e as RunError).code;
  }
}

describe('files refused before loading', () => {
  let good: Buffer;
  beforeAll(async () => {
    good = await fixtureBytes({ driftsherre: 'Thisted Kommune', blocks: [] });
  });

  it('accepts a real workbook', async () => {
    expect(await codeOf(guardXlsxBytes(good, 'x.xlsx'))).toBe('ok');
  });

  it('refuses a file over the size limit from its size alone', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'takst-guard-')), 'stor.xlsx');
    writeFileSync(file, good);
    expect(await codeOf(guardXlsxFile(file, { ...LIMITS, fileBytes: good.length - 1 }))).toBe('too-large');
    expect(await codeOf(guardXlsxFile(file))).toBe('ok');
  });

  it('refuses a text file renamed to .xlsx', async () => {
    expect(await codeOf(guardXlsxBytes(Buffer.from('Tilbud;Afdeling\n'), 'x.xlsx'))).toBe('not-xlsx');
  });

  it('refuses a password-protected (OLE) file', async () => {
    const ole = Buffer.alloc(512);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    expect(await codeOf(guardXlsxBytes(ole, 'x.xlsx'))).toBe('encrypted');
  });

  it('refuses a truncated xlsx', async () => {
    expect(await codeOf(loadWorkbookBytes(good.subarray(0, Math.floor(good.length / 2)), 'x.xlsx'))).toBe('corrupt');
  });

  it('refuses a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hej');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(await codeOf(guardXlsxBytes(bytes, 'x.xlsx'))).toBe('not-xlsx');
  });

  it('refuses a zip that expands far beyond its size, from the entry sizes alone', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/sharedStrings.xml', Buffer.alloc(4 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(64 * 1024);
    expect(await codeOf(guardXlsxBytes(bytes, 'x.xlsx', { ...LIMITS, uncompressedBytes: 1024 * 1024 }))).toBe('zip-bomb');
  });

  it('refuses a sheet over the row limit from its dimension', async () => {
    const zip = await JSZip.loadAsync(good);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:X100001"/>'));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(await codeOf(guardXlsxBytes(bytes, 'x.xlsx'))).toBe('too-many-rows');
  });

  it('counts rows and cells while the sheet streams: a dimension that lies, row numbers far down, too many cells', async () => {
    const zip = await JSZip.loadAsync(good);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const withRows = (rows: string) => sheet.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:X85"/>').replace('</sheetData>', `${rows}</sheetData>`);
    const bytesOf = async (xml: string) => zip.file('xl/worksheets/sheet1.xml', xml).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const limits = { ...LIMITS, sheetRows: 500, sheetCells: 2000 };
    const many = Array.from({ length: 600 }, (_, i) => `<row r="${i + 200}"><c r="A${i + 200}"><v>1</v></c></row>`).join('');
    expect(await codeOf(guardXlsxBytes(await bytesOf(withRows(many)), 'x.xlsx', limits))).toBe('too-many-rows');
    expect(await codeOf(guardXlsxBytes(await bytesOf(withRows('<row r="90000"><c r="A90000"><v>1</v></c></row>')), 'x.xlsx', limits))).toBe('too-many-rows');
    const wide = `<row r="300">${Array.from({ length: 2500 }, () => '<c><v>1</v></c>').join('')}</row>`;
    await expect(guardXlsxBytes(await bytesOf(withRows(wide)), 'x.xlsx', limits)).rejects.toThrow(/celler eller flere; grænsen er 2\.000/);
    // Within the limits the same file is accepted.
    await expect(guardXlsxBytes(await bytesOf(withRows('<row r="300"><c r="A300"><v>1</v></c></row>')), 'x.xlsx', limits)).resolves.toBeInstanceOf(Map);
  });

  it('holds every entry to its declared size, kept (inflated in one call) or not (streamed)', async () => {
    const entries = async () => (await JSZip.loadAsync(good)).files;
    const files = await entries();
    const names = Object.keys(files).filter((n) => !files[n].dir);
    const data = await Promise.all(names.map(async (n) => ({ name: n, data: await files[n].async('nodebuffer'), deflate: true })));
    const sheet = 'xl/worksheets/sheet1.xml';
    const size = data.find((e) => e.name === sheet)!.data.length;
    const lying = (claim: number) => zip(data.map((e) => (e.name === sheet ? { ...e, claimSize: claim } : e)));
    const kept = (b: Buffer) => guardXlsxBytes(b, 'x.xlsx', LIMITS, (p) => NEEDED_PART.test(p));
    const message = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: RunError) => `${e.code}: ${e.message}`,
      );
    expect(await message(kept(lying(size)))).toBe('ok');
    expect(await message(kept(lying(size - 10)))).toMatch(
      new RegExp(
        `^corrupt: .*too many bytes in the stream. expected ${size - 10}. got at least ${Math.min(size, (Math.floor((size - 10) / 16384) + 1) * 16384)}`,
      ),
    );
    expect(await message(kept(lying(size + 10)))).toMatch(new RegExp(`^corrupt: .*not enough bytes in the stream. expected ${size + 10}. got only ${size}`));
    // The same words as the stream (the parts not kept), which reports the bytes up to its chunk past the size.
    expect(await message(guardXlsxBytes(lying(size - 10), 'x.xlsx'))).toBe(await message(kept(lying(size - 10))));
    expect(await message(guardXlsxBytes(lying(size + 10), 'x.xlsx'))).toMatch(/^corrupt: .*not enough bytes in the stream/);
    // What is kept is the part as it was written.
    expect((await kept(lying(size))).get(sheet)).toEqual(data.find((e) => e.name === sheet)!.data);
  });

  it('counts tags cut between two stream chunks once', () => {
    const c = new SheetCounter();
    c.push('<sheetData><row r="1"><c r="A1"/><c r="B1"/></row><ro');
    c.push('w r="2"><c r="A2"/></row><row r="1');
    c.push('23"><c r="A123" t="s"><v>1</v></c></row>');
    expect([c.rows, c.cells]).toEqual([123, 4]);
  });
});
