// docs/corpus.md from the corpus itself: every case, what is wrong, and what it must give.
import { CORPUS, type CorpusCase } from './cases';

function expectation(c: CorpusCase): string {
  const e = c.expect;
  if (e.kind === 'refused') return `afvises (exit 2, \`${e.code}\`)`;
  if (e.kind === 'table')
    return e.refused ? 'afvises af `fill --mapping` (exit 2)' : `${e.offers} tilbud læst${e.contains?.length ? '; teksterne bevares som tekst' : ''}`;
  const f = e.findings.map((x) => `\`${x.rule}\`${x.cell ? ` i ${x.sheet ? `${x.sheet}!` : ''}${x.cell}` : ''}`).join(', ');
  const v = (e.values ?? []).map((x) => `blok ${x.block} ${x.year === 'y1' ? 'år 1' : 'år 2'} ${x.field} = ${x.value === null ? 'tom' : x.value}`).join('; ');
  return [f || 'ingen fund', v].filter(Boolean).join('; læses: ');
}

export function renderCorpusDoc(): string {
  const rows = CORPUS.map((c) => `| \`${c.file}\` | ${c.title.replace(/\|/g, '\\|')} | ${expectation(c).replace(/\|/g, '\\|')} |`);
  return [
    '# The bad-input corpus',
    '',
    '<!-- Generated from test/corpus/cases.ts by `npm run docs:corpus`; a test checks it is current. -->',
    '',
    `${CORPUS.length} cases, each built from code by \`test/corpus/cases.ts\`. \`test/corpus/corpus.test.ts\` runs each`,
    'through the core (the finding on its cell, the values read, or the refusal with its code) and through every',
    'form of every CLI command in `test/corpus/commands.ts` (exit code, one line when refused, no stack trace, the',
    'input unchanged, every written xlsx readable). `npm run corpus` does the same with the real binary, and',
    '`npm run corpus -- DIR` with any directory of files.',
    '',
    '| file | what is wrong | must give |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
