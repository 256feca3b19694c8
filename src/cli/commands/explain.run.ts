// The work of `takst explain`: loaded only when the command runs, so that `takst --help` and the other
// commands start without it (exceljs, zod and the core are read here, not at registration).
import { explainSheet, signed, type Explanation, type LevelChange } from '../../core/explain/explain';
import type { Components } from '../../core/explain/decompose';
import { roundAsShown } from '../../core/format';
import { offerName } from '../../core/model/queries';
import { readTakstskemaFile, reportReadProblems, runCommand, type Output, textOrJson } from '../io';

function roundComponents(c: Components): Components {
  const out = { ...c };
  for (const k of Object.keys(out) as Array<keyof Components>) out[k] = roundAsShown(out[k]);
  return out;
}

/** Percent and percentage points rounded as the text shows them (1 decimal): the JSON is read by people too. */
function toJson(e: Explanation) {
  const r = (v: number) => roundAsShown(v);
  const level = (l: LevelChange) => ({ name: l.name, change: r(l.change), specific: r(l.specific) });
  return {
    sheet: e.sheet,
    block: e.block + 1,
    tilbud: e.tilbud,
    afdeling: e.afdeling,
    headline: e.total === null ? null : e.sentence,
    carrier: e.carrier && level(e.carrier),
    total: e.total === null ? null : r(e.total),
    components: e.components && roundComponents(e.components),
    levels: e.levels.map(level),
    reason: e.reason,
  };
}

function toText(e: Explanation): string {
  const name = offerName(e.tilbud, e.afdeling) || `blok ${e.block + 1}`;
  const lines = [`${e.sheet} blok ${e.block + 1} · ${name}`, `  ${e.sentence.startsWith(name) ? e.reason : e.sentence}`];
  for (const l of e.levels) {
    lines.push(`    ${l.name}: ${signed(l.change)} % (heraf niveauets egen del ${signed(l.specific)} procentpoint)`);
  }
  return lines.join('\n');
}

export const makeAction = (io: Output, setExit: (code: number) => void) => async (file: string, o: { format: string; sheet?: string }) => {
  setExit(
    await runCommand(io, async () => {
      textOrJson(o.format);
      const { model } = await readTakstskemaFile(file, o.sheet);
      const all = model.sheets.flatMap(explainSheet);
      io.out(o.format === 'json' ? JSON.stringify(all.map(toJson), null, 2) : all.map(toText).join('\n'));
      return reportReadProblems(io, model);
    }),
  );
};
