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
    expect(Object.keys(hobro)).toEqual(['sheet', 'block', 'tilbud', 'afdeling', 'headline', 'carrier', 'total', 'components', 'levels', 'reason']);
    expect(Object.keys(hobro.components)).toEqual(['pl', 'realGrowth', 'overhead', 'regulering', 'pladser', 'belaegning']);
    expect(hobro.reason).toBeNull();
    expect(hobro.headline).toBe(
      'Takst 2 (den fulde plads, som budgettet giver) falder 2,2 %: P/L +3,0, reel vækst +0,8, overhead +0,3, regulering −6,3 procentpoint.',
    );
    // Rounded as shown: 1 decimal, no floating-point tails.
    expect(hobro.carrier).toEqual({ name: 'Takst 2', change: -2.2, specific: 0 });
    expect([hobro.total, hobro.components]).toEqual([-2.2, { pl: 3, realGrowth: 0.8, overhead: 0.3, regulering: -6.3, pladser: 0, belaegning: 0 }]);
    expect(hobro.levels).toEqual([
      { name: 'Takst 1', change: -2.1, specific: 0.1 },
      { name: 'Takst 2', change: -2.2, specific: 0 },
    ]);
    for (const e of all) for (const v of [e.total, ...Object.values(e.components ?? {})]) if (v !== null) expect(Number((v as number).toFixed(1))).toBe(v);
    for (const e of all.filter((x: { total: number | null }) => x.total === null)) expect(e.reason.length).toBeGreaterThan(30);
  });

  it('prints one Danish sentence per block', async () => {
    const r = await capture(['explain', SAMPLE]);
    expect(r.out).toContain(
      'Takst 2 (den fulde plads, som budgettet giver) falder 2,2 %: P/L +3,0, reel vækst +0,8, overhead +0,3, regulering −6,3 procentpoint.',
    );
    expect(r.out).toContain('Takst 1: −2,1 % (heraf niveauets egen del +0,1 procentpoint)');
    expect(r.out).toContain('Budgettet pr. belagt plads stiger 6,8 % (taksterne: +3,6 % til +6,0 %)');
  });

  it('refuses a bad format with exit 2', async () => {
    expect((await capture(['explain', SAMPLE, '--format', 'xml'])).code).toBe(2);
  });
});
