// The done-when: the bundled sample plus a synthetic 11-operator set consolidated: the takstbilag's row
// count equals the levels read, the review list names every block that breaks a remark rule, and the snapshot
// prefills next year's templates.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/port';
import { saveWorkbook } from '../../src/adapters/exceljs/write';
import { readWorkbook } from '../../src/core/layout/discover';
import { DRIFTSHERRER } from '../../src/core/model/lists';
import { validateWorkbook } from '../../src/core/rules/runner';
import { parseSnapshot } from '../../src/core/model/snapshot';
import { buildFixture } from '../fixtures/builder';
import { syntheticBlocks } from '../fixtures/synthetic';
import { TEST_MUNICIPALITY_HEADER } from '../fixtures/seeds';
import { HOBRO, hobroWithTakst1 } from '../rules/helpers';
import type { BlockFigures } from '../fixtures/block-writes';

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), 'takst-eleven-'));
const quiet = { out: () => undefined, err: () => undefined };

async function modelOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return readWorkbook(await new ExcelJsWorkbook(wb).readGrids());
}

describe('consolidating the sample and 11 synthetic operators', () => {
  const files: string[] = [join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx')];
  const out = join(dir, 'out');
  let log = '';

  beforeAll(async () => {
    for (const [i, name] of DRIFTSHERRER.entries()) {
      const file = join(dir, `syntetisk-${i + 1}.xlsx`);
      // Rename the synthetic offers per operator, so that only real duplicates are reported.
      const blocks: BlockFigures[] = syntheticBlocks(12).map((b) => ({ ...b, tilbud: `${b.tilbud} (${name})` }));
      // Every operator has one rise above P/L + 2 points without a remark, and one block below 95 % without one.
      blocks.push(hobroWithTakst1(332 * 1.08, { tilbud: `Stigning uden bemærkning (${name})` }));
      blocks.push({ ...HOBRO, tilbud: `Lav belægning (${name})`, y2: { ...HOBRO.y2, belaegning: 90 } });
      await saveWorkbook(buildFixture({ driftsherre: name, header: { ...TEST_MUNICIPALITY_HEADER, driftsherre: name }, blocks }).workbook, file);
      files.push(file);
    }
    const lines: string[] = [];
    await run(['consolidate', ...files, '--out', out], { out: (t) => lines.push(t), err: () => undefined });
    log = lines.join('\n');
  });

  it('writes as many takstbilag rows as block levels were read, and every file balances', async () => {
    let levels = 0;
    for (const f of files) {
      for (const s of (await modelOf(f)).sheets) {
        for (const b of s.blocks) {
          const names = new Set<string>();
          for (const y of [b.y1, b.y2]) {
            if (!y) continue;
            if (y.basis.value !== null) names.add('Basis');
            if (y.time.value !== null) names.add('Time');
            y.takster.forEach((t, i) => t.value !== null && names.add(`Takst ${i + 1}`));
          }
          const any = [b.y1, b.y2].some((y) => y && [y.pladser, y.budget, y.belaegning, ...y.takster].some((x) => x.value !== null));
          levels += names.size > 0 ? names.size : any ? 1 : 0;
        }
      }
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'takstbilag.xlsx'));
    expect(wb.getWorksheet('Takstbilag')!.rowCount - 1).toBe(levels);
    expect(log.match(/blokke læst = \d+ blokke i takstbilaget/g)).toHaveLength(12);
    expect(log).not.toMatch(/STEMMER IKKE/);
  });

  it('names every block that breaks a remark rule in the review list', async () => {
    const wanted = new Set<string>();
    for (const f of files) {
      const result = validateWorkbook(await modelOf(f));
      for (const x of result.findings) if (['rate-rise-needs-remark', 'low-occupancy-needs-remark'].includes(x.ruleId)) wanted.add(`${x.block?.tilbud}`);
    }
    expect(wanted.size).toBeGreaterThanOrEqual(22);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'review.xlsx'));
    const named = new Set(
      (wb.getWorksheet('Gennemgang')!.getSheetValues().slice(2) as unknown[][])
        .filter((v) => /Manglende bemærkning|Lav belægning/.test(String(v[1])))
        .map((v) => String(v[3])),
    );
    for (const t of wanted) expect(named).toContain(t);
  });

  it('gives a snapshot that prefills next year’s template for every operator', async () => {
    const snapFile = join(out, 'snapshot-2027.json');
    const snap = parseSnapshot(JSON.parse(readFileSync(snapFile, 'utf8')));
    expect(snap.operators.map((o) => o.driftsherre).sort()).toEqual([...DRIFTSHERRER].sort());
    const template = join(dir, 'thisted-2028.xlsx');
    await saveWorkbook(buildFixture({ driftsherre: 'Thisted Kommune', year: 2028, blocks: [], spareBlocks: 16 }).workbook, template);
    expect(await run(['prefill', template, '--out', join(dir, 'thisted-2028-udfyldt.xlsx'), '--snapshot', snapFile], quiet)).toBe(0);
    const filled = (await modelOf(join(dir, 'thisted-2028-udfyldt.xlsx'))).sheets[0];
    const offers = snap.operators.find((o) => o.driftsherre === 'Thisted Kommune')!.offers;
    expect(filled.blocks.filter((b) => b.tilbud.value).map((b) => b.tilbud.value)).toEqual(offers.map((o) => o.tilbud));
  });
});
