// The bad-input corpus (test/corpus/cases.ts) through the core and through every CLI command: each case gives
// its finding, its values or its refusal; no command crashes, prints a stack trace or more than one line for a
// refused file; exit codes are 0, 1 or 2 as docs/cli.md says; inputs are never changed; every xlsx written reads.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunError } from '../../src/core/errors';
import { loadWorkbookBytes, workbookToGrids } from '../../src/adapters/exceljs/read';
import { readExportFile } from '../../src/cli/commands/fill.run';
import { READ_RULES, readTakstskemaFile } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/core/layout/discover';
import { parseMapping } from '../../src/core/import/tidy';
import { validateWorkbook } from '../../src/core/rules/runner';
import { RULES } from '../../src/core/rules';
import { CORPUS, CORPUS_MAPPING, INJECTION, type CorpusCase, type ExpectedValue } from './cases';
import { brokenPromises, commandsFor, type CommandRun } from './commands';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'takst-korpus-'));
const mappingFile = join(dir, 'kolonner.json');
writeFileSync(mappingFile, JSON.stringify(CORPUS_MAPPING));
const files = {
  sample: join(ROOT, 'samples', 'eksempel-2027.xlsx'),
  table: join(ROOT, 'samples', 'syntetisk-region-udtraek-2027.csv'),
  mapping: mappingFile,
};

/** The commands that read the file as a takstskema, and so must give the case's own message when they refuse it. */
const SKEMA_READERS = new Set([
  'validate',
  'validate --format json --out',
  'inspect',
  'explain',
  'prefill --dry-run',
  'prefill --out',
  'export',
  'consolidate',
  'fill --into',
]);

/** The rules whose findings mean a cell could not be read (commands other than validate then exit 1). */
const READ_RULE_IDS = new Set(READ_RULES.map((r) => r.meta.id));

const tally = { cases: 0, runs: 0, refused: 0, findings: 0, ok: 0, stackTraces: 0, unexpected: 0 };

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function write(c: CorpusCase): Promise<string> {
  const file = join(dir, c.file);
  if (!existsSync(file)) writeFileSync(file, await c.build());
  return file;
}

/** What each command must exit with for this case. */
function expectedExit(c: CorpusCase, cmd: CommandRun): number | number[] {
  const e = c.expect;
  if (cmd.name === 'template --out') return 2; // the file exists: never overwritten
  if (cmd.name === 'validate --snapshot') return 2; // not a snapshot
  if (e.kind === 'refused') return 2;
  if (e.kind === 'table') {
    if (cmd.name === 'fill --from --mapping') return e.refused ? 2 : e.problems === undefined ? [0, 1] : e.problems.length > 0 ? 1 : 0;
    return 2; // a CSV is not a workbook, nor last year's old skema without a mapping
  }
  const errors = e.findings.some((f) => RULES.find((r) => r.meta.id === f.rule)?.meta.severity === 'error');
  const unreadable = e.findings.some((f) => READ_RULE_IDS.has(f.rule));
  switch (cmd.name) {
    case 'validate':
    case 'validate --format json --out':
    case 'export':
    case 'consolidate':
      return errors ? 1 : 0;
    case 'inspect':
    case 'explain':
    case 'prefill --dry-run':
    case 'prefill --out':
    case 'snapshot build':
      return unreadable ? 1 : 0;
    case 'fill --into':
      // The region's 60 offers get 58 more blocks (copies of the sheet's last); a cell that cannot be read still says so.
      return unreadable ? 1 : 0;
    default:
      return 2; // a 2027 skema is neither last year's old skema nor a tidy table
  }
}

function valueOf(c: CorpusCase, model: ReturnType<typeof readWorkbook>, v: ExpectedValue): number | null {
  const sheet = v.sheet ? model.sheets.find((s) => s.sheet === v.sheet) : model.sheets[0];
  const row = sheet?.blocks[v.block - 1]?.[v.year];
  if (!row) throw new Error(`${c.id}: no ${v.year} in block ${v.block}`);
  return v.field === 'takst1' ? row.takster[0].value : v.field === 'takst2' ? row.takster[1].value : row[v.field].value;
}

describe.each(CORPUS.map((c) => [c.id, c] as const))('korpus: %s', (_id, c) => {
  it(`${c.title}: the core gives what the case expects`, async () => {
    tally.cases++;
    const file = await write(c);
    const e = c.expect;
    if (e.kind === 'refused') {
      const err = await readTakstskemaFile(file).then(
        () => null,
        (x: unknown) => x,
      );
      expect(err).toBeInstanceOf(RunError);
      expect((err as RunError).code).toBe(e.code);
      expect((err as RunError).message).toMatch(e.message);
      return;
    }
    if (e.kind === 'table') {
      const got = await readExportFile(file, parseMapping(CORPUS_MAPPING)).then(
        (x) => x,
        (x: unknown) => x as Error,
      );
      if (e.refused) {
        expect(got).toBeInstanceOf(Error);
        expect((got as Error).message).toMatch(e.refused);
        return;
      }
      if (got instanceof Error) throw got;
      expect(got.offers).toHaveLength(e.offers);
      if (e.rows !== undefined) expect(got.rows).toHaveLength(e.rows);
      const problems = [
        ...got.rows.filter((r) => r.reason).map((r) => `række ${r.row}: ${r.reason}`),
        ...got.warnings.map((w) => `række ${w.row}: ${w.reason}`),
      ];
      if (e.problems?.length === 0) expect(problems).toEqual([]);
      for (const p of e.problems ?? []) expect(problems).toContainEqual(expect.stringMatching(p));
      const texts = got.offers.flatMap((o) => [o.tilbud, o.afdeling, o.paragraf, o.enhed]);
      for (const t of e.contains ?? []) expect(texts).toContain(t);
      return;
    }
    const model = readWorkbook(workbookToGrids(await loadWorkbookBytes(readFileSync(file), file)));
    if (e.sheets !== undefined) expect(model.sheets).toHaveLength(e.sheets);
    if (e.blocks !== undefined) expect(model.sheets[0].blocks).toHaveLength(e.blocks);
    const { findings } = validateWorkbook(model);
    for (const f of e.findings) {
      expect(findings).toContainEqual(expect.objectContaining({ ruleId: f.rule, ...(f.cell ? { cell: f.cell } : {}), ...(f.sheet ? { sheet: f.sheet } : {}) }));
    }
    // No error the case does not name: damage is reported where it is, not as a cascade elsewhere.
    const named = new Set(e.findings.map((f) => f.rule));
    expect(findings.filter((f) => f.severity === 'error' && !named.has(f.ruleId)).map((f) => `${f.ruleId} ${f.cell}`)).toEqual([]);
    for (const v of e.values ?? []) expect([v.field, valueOf(c, model, v)]).toEqual([v.field, v.value]);
  });

  it('every CLI command: the exit code it must give, no stack trace, one line when refused, inputs untouched, outputs readable', async () => {
    const file = await write(c);
    const out = join(dir, `${c.id}.ud`);
    mkdirSync(out, { recursive: true });
    const before = sha(file);
    const problems: string[] = [];
    for (const cmd of commandsFor(file, { ...files, out })) {
      const cap = capture();
      const code = await run(cmd.args, cap.io);
      tally.runs++;
      if (code === 2) tally.refused++;
      else if (code === 1) tally.findings++;
      else tally.ok++;
      const err = cap.err.join('\n');
      const want = expectedExit(c, cmd);
      if (!(Array.isArray(want) ? want : [want]).includes(code)) problems.push(`${cmd.name}: exit ${code}, forventet ${String(want)}: ${err}`);
      for (const b of brokenPromises({ code, stdout: cap.out.join('\n'), stderr: err })) {
        if (b.kind === 'stack') tally.stackTraces++;
        if (b.kind === 'unexpected') tally.unexpected++;
        problems.push(`${cmd.name}: ${b.text}`);
      }
      for (const line of cap.err) if (line.replace(/\n$/, '').includes('\n')) problems.push(`${cmd.name}: en fejlbesked over flere linjer: ${line}`);
      if (code === 2) {
        // A refusal names what is wrong: the case's own message where the file is read as a takstskema.
        if (c.expect.kind === 'refused' && SKEMA_READERS.has(cmd.name) && !c.expect.message.test(err))
          problems.push(`${cmd.name}: beskeden siger ikke ${c.expect.message}: ${err}`);
      }
    }
    expect(problems).toEqual([]);
    expect(sha(file)).toBe(before);
    // Whatever was written is a workbook that reads again, with no temporary file left behind.
    const written = readdirSync(out, { recursive: true }).map(String);
    expect(written.filter((f) => /\.tmp|~/.test(f))).toEqual([]);
    for (const f of written.filter((n) => n.endsWith('.xlsx'))) {
      const bytes = readFileSync(join(out, f));
      expect(statSync(join(out, f)).size).toBeGreaterThan(0);
      await expect(loadWorkbookBytes(bytes, f)).resolves.toBeDefined();
    }
  });
});

describe('korpus: formula payloads stay text in every output', () => {
  it('export --force of the sheet with payloads in every text field: no CSV field starts a formula, no xlsx cell is a formula', async () => {
    const c = CORPUS.find((x) => x.id === 'csv-injektion-i-tekstfelter')!;
    const file = await write(c);
    const out = join(dir, 'injektion-eksport');
    expect(await run(['export', file, '--out', out, '--force'], capture().io)).toBe(0);
    const csvFile = readdirSync(out).find((f) => f.endsWith('.csv'))!;
    const fields = readFileSync(join(out, csvFile), 'utf8')
      .split(/\r?\n/)
      .flatMap((l) => l.split(';'))
      .map((f) => f.replace(/^"|"$/g, ''));
    expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f) && !/^-?\d/.test(f))).toEqual([]);
    for (const p of INJECTION.slice(0, 4)) expect(fields.some((f) => f.includes(p.replace(/"/g, '""').slice(1, 12)))).toBe(true);
    const xlsxFile = readdirSync(out).find((f) => f.endsWith('.xlsx'))!;
    const wb = await loadWorkbookBytes(readFileSync(join(out, xlsxFile)), xlsxFile);
    const formulas: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas.push(`${ws.name}!${cell.address}`);
        }),
      ),
    );
    expect(formulas).toEqual([]);
  });

  it('fill from the CSV with payloads: the payloads are written as text, never as formulas', async () => {
    const c = CORPUS.find((x) => x.id === 'csv-injektion')!;
    const file = await write(c);
    const target = join(dir, 'injektion-udfyldt.xlsx');
    // Exit 1: the §§ "=1+1" is not in the list, so it is reported and not written.
    expect(await run(['fill', '--from', file, '--mapping', mappingFile, '--driftsherre', 'Region Nordjylland', '--out', target], capture().io)).toBe(1);
    const wb = await loadWorkbookBytes(readFileSync(target), target);
    const ws = wb.worksheets[0];
    const texts: string[] = [];
    const formulas: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula && !/ISNUMBER|IFERROR|IF\(/.test(cell.formula)) formulas.push(`${cell.address}: ${cell.formula}`);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    expect(formulas).toEqual([]);
    expect(texts).toEqual(expect.arrayContaining([INJECTION[0], INJECTION[1], '=1+1']));
  });
});

afterAll(() => {
  if (tally.cases === CORPUS.length) {
    process.stdout.write(
      `korpus: ${tally.cases} tilfælde × ${tally.runs / tally.cases} kommandoer = ${tally.runs} kørsler: ${tally.ok} exit 0, ${tally.findings} exit 1, ${tally.refused} exit 2; ${tally.stackTraces} stakspor, ${tally.unexpected} uventede fejl\n`,
    );
  }
});
