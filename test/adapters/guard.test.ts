import JSZip from 'jszip';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardXlsxBytes, guardXlsxFile, LIMITS } from '../../src/adapters/exceljs/guard';
import { loadWorkbookBytes } from '../../src/adapters/exceljs/read';
import { InputError } from '../../src/adapters/exceljs/errors';
import { fixtureBytes } from '../fixtures/builder';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/ \/ /); // Danish, then English
    return (e as InputError).code;
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
});
