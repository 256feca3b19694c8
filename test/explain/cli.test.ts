// takst explain: the JSON contract of docs/cli.md and the text.
import { join } from 'node:path';
import { run } from '../../src/cli/main';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx');

async function capture(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('takst explain', () => {
  it('gives per block the components in percentage points, the levels and the reason', async () => {
    const r = await capture(['explain', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const all = JSON.parse(r.out);
    expect(all).toHaveLength(7);
    const hobro = all.find((e: { tilbud: string }) => e.tilbud === 'Aktivitetshuset Hobro');
    expect(Object.keys(hobro)).toEqual(['sheet', 'block', 'tilbud', 'afdeling', 'total', 'components', 'levels', 'reason']);
    expect(Object.keys(hobro.components)).toEqual(['pl', 'realGrowth', 'overhead', 'regulering', 'pladser', 'belaegning']);
    expect(hobro.reason).toBeNull();
    expect(hobro.levels.map((l: { name: string }) => l.name)).toEqual(['Basis', 'Takst 1']);
    const sum = Object.values(hobro.components as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(hobro.total, 9);
    for (const e of all.filter((x: { total: number | null }) => x.total === null)) expect(e.reason.length).toBeGreaterThan(30);
  });

  it('prints one Danish sentence per block', async () => {
    const r = await capture(['explain', SAMPLE]);
    expect(r.out).toContain('Taksten falder 2,2 %: P/L +3,0, reel vækst +0,8, overhead +0,3, regulering −6,3 procentpoint.');
    expect(r.out).toContain('Basis: −2,1 % (heraf niveauets egen del +0,1 procentpoint)');
  });

  it('refuses a bad format with exit 2', async () => {
    expect((await capture(['explain', SAMPLE, '--format', 'xml'])).code).toBe(2);
  });
});
