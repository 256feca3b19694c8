// One reading of a file on every path (issue 30): the commands that write (prefill, fill --into, validate --out) plan
// from the same reading as validate, and a file the writer (exceljs) reads otherwise, or cannot load, is one refusal,
// in the same words for every command, with nothing written.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { cli } from './run';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { buildFixture } from '../fixtures/builder';
import { TEST_MUNICIPALITY_HEADER, TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';

const dir = mkdtempSync(join(tmpdir(), 'takst-one-reading-'));

/** Last year's figures in a Mariagerfjord skema, with one part of the file rewritten. */
async function edited(name: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const wb = buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: TEST_MUNICIPALITY_HEADER, blocks: TEST_MUNICIPALITY_2026 }).workbook;
  const zip = await JSZip.loadAsync(await workbookBytes(wb));
  await edit(zip);
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

const WRITERS = (file: string, out: string) => [
  ['prefill', file, '--dry-run'],
  ['prefill', file, '--out', out],
  ['fill', '--from', join(__dirname, '..', '..', 'samples', 'syntetisk-region-udtraek-2026.xlsx'), '--into', file, '--out', out],
  ['validate', file, '--out', out],
];

describe('one reading of a file, whatever the command', () => {
  it('a shared string in CDATA: validate reads Hobro; every writing command refuses alike, naming the cell, and writes nothing', async () => {
    const file = await edited('cdata.xlsx', async (zip) => {
      const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
      expect(xml).toContain('<t>Aktivitetshuset Hobro</t>');
      zip.file('xl/sharedStrings.xml', xml.replaceAll('<t>Aktivitetshuset Hobro</t>', '<t><![CDATA[Aktivitetshuset Hobro]]></t>'));
    });
    const checked = await cli(['inspect', file, '--format', 'json']);
    expect(checked.out).toContain('Aktivitetshuset Hobro');
    const out = join(dir, 'ud.xlsx');
    const refusals = new Set<string>();
    for (const args of WRITERS(file, out)) {
      const r = await cli(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).toMatch(
        /takst kan læse .*cdata\.xlsx, men ikke skrive i den sikkert: arket "[^"]+" læses forskelligt \(A\d+: "Aktivitetshuset Hobro" \/ ""/,
      );
      expect(r.out).not.toMatch(/ny blok/);
      refusals.add(r.err.replace(/^.*?takst kan læse/, 'takst kan læse'));
      expect(existsSync(out)).toBe(false);
    }
    expect(refusals.size).toBe(1);
  });

  it('a file the writer cannot load (a sheet part it does not know how to place) is the same refusal', async () => {
    // Two sheets on one part: the project's reader reads both; exceljs stops with "Cannot set properties of undefined".
    const file = await edited('delt-del.xlsx', async (zip) => {
      const book = await zip.file('xl/workbook.xml')!.async('string');
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file('xl/workbook.xml', book.replace('</sheets>', '<sheet name="Kopi" sheetId="99" r:id="rIdKopi"/></sheets>'));
      zip.file(
        'xl/_rels/workbook.xml.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdKopi" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
      );
    });
    const out = join(dir, 'ud2.xlsx');
    for (const args of WRITERS(file, out)) {
      const r = await cli(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).toMatch(/takst kan læse .*delt-del\.xlsx, men ikke skrive i den sikkert/);
      expect(r.err).not.toMatch(/Uventet|sheetNo/);
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('ISO date cells (t="d") where a figure belongs', () => {
  /** Hobro's 2026 Pladser and its 2027 År written as date cells, as some tools write them. */
  const dated = () =>
    edited('dato-celler.xlsx', async (zip) => {
      const path = 'xl/worksheets/sheet1.xml';
      let xml = await zip.file(path)!.async('string');
      const cell = (ref: string, value: string) => {
        const re = new RegExp(`<c r="${ref}"( s="\\d+")?( t="n")?><v>[^<]*</v></c>`);
        expect(xml).toMatch(re);
        xml = xml.replace(re, `<c r="${ref}"$1 t="d"><v>${value}</v></c>`);
      };
      cell('E16', '1900-02-19');
      cell('D17', '2027-01-01');
      zip.file(path, xml);
    });

  it('are findings quoting the date as Excel shows it, never the number of its first digits', async () => {
    const file = await dated();
    const r = await cli(['validate', file, '--format', 'json', '--no-snapshot']);
    const findings = (JSON.parse(r.out) as { findings: Array<{ ruleId: string; cell: string; message: string }> }).findings;
    const e16 = findings.find((f) => f.cell === 'E16');
    expect(e16).toMatchObject({ ruleId: 'not-a-number' });
    expect(e16!.message).toContain('"19-02-1900"');
    expect(findings.some((f) => f.cell === 'D17')).toBe(true);
    // exceljs reads such a cell as the number 1900: the writing commands refuse rather than write 1900 back.
    const p = await cli(['prefill', file, '--dry-run']);
    expect(p.code).toBe(2);
    expect(p.err).toMatch(/men ikke skrive i den sikkert: arket "[^"]+" læses forskelligt \(E16: 19-02-1900 \/ 1900; D17: 01-01-2027 \/ 2027\)/);
  });
});

describe('a copy keeps every part, or is refused saying which', () => {
  it('refuses to write a copy that would lose charts, a chart sheet or external links, naming them, for every writing command', async () => {
    const file = await edited('diagram.xlsx', async (zip) => {
      zip.file('xl/charts/chart1.xml', '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
      zip.file('xl/chartsheets/sheet1.xml', '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
      zip.file('xl/externalLinks/externalLink1.xml', '<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    });
    const out = join(dir, 'ud3.xlsx');
    for (const args of WRITERS(file, out).filter((a) => a.includes('--out'))) {
      const r = await cli(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).toContain('en kopi ville miste diagrammer (xl/charts/chart1.xml), diagramark (xl/chartsheets/sheet1.xml), eksterne henvisninger');
      expect(existsSync(out)).toBe(false);
    }
    // Reading is not writing: validate without --out checks it.
    expect((await cli(['validate', file])).code).toBeLessThan(2);
  });

  it('carries the document’s custom properties (a sensitivity label) into the copy', async () => {
    const custom =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0000_Name"><vt:lpwstr>Intern</vt:lpwstr></property></Properties>';
    const file = await edited('maerket.xlsx', async (zip) => {
      zip.file('docProps/custom.xml', custom);
      const types = await zip.file('[Content_Types].xml')!.async('string');
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '</Types>',
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
        ),
      );
      const rels = await zip.file('_rels/.rels')!.async('string');
      zip.file(
        '_rels/.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
        ),
      );
    });
    const out = join(dir, 'maerket-kopi.xlsx');
    expect((await cli(['validate', file, '--out', out])).code).toBeLessThan(2);
    const copy = await JSZip.loadAsync(readFileSync(out));
    expect(await copy.file('docProps/custom.xml')!.async('string')).toBe(custom);
    expect(await copy.file('[Content_Types].xml')!.async('string')).toContain('PartName="/docProps/custom.xml"');
    expect(await copy.file('_rels/.rels')!.async('string')).toContain('Target="docProps/custom.xml"');
    // The copy is still a workbook both readers open, with the check's sheet in it.
    expect((await cli(['validate', out])).code).toBeLessThan(2);
  });
});

describe('a zip64 workbook (valid: unzip, Python and yauzl read it)', () => {
  const python = ['/usr/bin/python3', '/usr/local/bin/python3'].find((p) => existsSync(p));
  (python ? it : it.skip)('is read as the same workbook, not refused as a 400 MB bomb', async () => {
    const sample = join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx');
    const z64 = join(dir, 'zip64.xlsx');
    // Python's zipfile forced to write the zip64 end record and zip64 sizes for every entry.
    execFileSync(python!, [
      '-c',
      [
        'import sys, zipfile',
        'zipfile.ZIP_FILECOUNT_LIMIT = 1',
        'zipfile.ZIP64_LIMIT = 1',
        'zin = zipfile.ZipFile(sys.argv[1])',
        "zout = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED, allowZip64=True)",
        '[zout.open(i.filename, "w", force_zip64=True).write(zin.read(i.filename)) for i in zin.infolist()]',
        'zout.close()',
      ].join('\n'),
      sample,
      z64,
    ]);
    expect(readFileSync(z64).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true); // the zip64 end record
    const plain = await cli(['validate', sample, '--format', 'json']);
    const wide = await cli(['validate', z64, '--format', 'json']);
    expect(wide.code).toBe(plain.code);
    expect(JSON.parse(wide.out).findings).toEqual(JSON.parse(plain.out).findings);
    // A writing command either writes it or refuses by name; never the bomb.
    const p = await cli(['prefill', z64, '--dry-run']);
    expect(p.err).not.toMatch(/400 MB/);
  });
});

describe('a workbook part outside xl/, named by the package’s relationships', () => {
  it('is read where _rels/.rels says (validate finds what it finds in the sample); a writing command refuses it by name', async () => {
    const sample = join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(sample));
    const moved = new JSZip();
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      let bytes: string | Buffer = await entry.async('nodebuffer');
      if (name === '_rels/.rels' || name === '[Content_Types].xml') bytes = bytes.toString('utf8').replaceAll('xl/', 'bog/');
      moved.file(name.replace(/^xl\//, 'bog/'), bytes);
    }
    const file = join(dir, 'anden-sti.xlsx');
    writeFileSync(file, await moved.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(Object.keys(moved.files).some((n) => n.startsWith('xl/'))).toBe(false);
    const plain = await cli(['validate', sample, '--format', 'json']);
    const other = await cli(['validate', file, '--format', 'json']);
    expect(JSON.parse(other.out).findings).toEqual(JSON.parse(plain.out).findings);
    const p = await cli(['prefill', file, '--dry-run']);
    expect(p.code).toBe(2);
    expect(p.err).toMatch(/men ikke skrive i den sikkert/);
  });
});
