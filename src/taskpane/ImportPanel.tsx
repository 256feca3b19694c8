// "Indlæs fra fil": the region's export (the old skema as xlsx, or a tidy CSV/xlsx with a column mapping) read in
// the pane (never uploaded), the plan and the reconciliation shown, applied in one write with "Fortryd".
import { useState } from 'react';
import { Body1, Button, Caption1, Field, makeStyles } from '@fluentui/react-components';
import { TaskStatus } from './TaskStatus';
import { readWorkbook } from '../core/layout/discover';
import { readOldSheet } from '../core/layout/old-layout';
import { formatNumber } from '../core/format';
import { offersFromExport, type ExportOffers } from '../core/import/export';
import {
  combineExports,
  formatDifferences,
  otherOperatorWarning,
  withApprovedYear1,
  type CombinedExports,
  type ExportFile,
  type FigureDifference,
} from '../core/import/combine';
import { planBlockCopies, type BlockCopy } from '../core/plans/blocks';
import type { Snapshot } from '../core/prefill/snapshot';
import { Notice } from './Notice';
import { formatReconciliation, reconcile, type Reconciliation } from '../core/import/reconcile';
import { decodeText, looksBinary } from '../core/import/text';
import { checkXlsxBytes, LIMITS, MB, zipCheckMessage } from '../adapters/exceljs/zip-check';
import { parseCsv, parseMapping, type Mapping } from '../core/import/tidy';
import { ColumnMatch } from './ColumnMatch';
import { saveMapping } from './preferences';
import { RunError } from '../core/errors';
import { chosenWrites, NO_BLOCK_LEFT, planFill, type PrefillPlan } from '../core/prefill/plan';
import { undoRecordFor, type UndoRecord } from '../core/plans/undo';
import { useRevert } from './useRevert';
import type { WorkbookPort } from '../core/port';
import { describeError, logError } from './errors';
import { PlanReview } from './PlanReview';

/** "Filerne dækker kun 2027: indlæs også sidste års eksport for 2026 …": what a person does about a year no file gives. */
export function missingYears(covered: number[], uncovered: number[]): string {
  const latest = covered.length > 0 ? covered[covered.length - 1] : null;
  const which = uncovered.map((y) => (latest !== null && y < latest ? `sidste års eksport for ${y}` : `eksporten for ${y}`)).join(' og ');
  return `${covered.length > 0 ? `Filerne dækker kun ${covered.join(' og ')}` : 'Filerne har intet helt år'}: indlæs også ${which} (vælg filerne sammen), ellers står ${uncovered.join(' og ')} tomt og skal tastes.`;
}

/** The same ceiling the CLI's guard applies to a file. */

/** A picked file's bytes (FileReader where Blob.arrayBuffer is missing, as in older WebViews). */
function bytesOf(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | {
      kind: 'planned';
      plans: PrefillPlan[];
      exp: CombinedExports;
      rec: Reconciliation;
      differences: FigureDifference[];
      lacking: number;
      copy: BlockCopy | null;
      why: string | null;
      covered: number[];
      uncovered: number[];
    }
  | { kind: 'mapping'; headers: string[] }
  | { kind: 'done'; text: string; undo?: UndoRecord }
  | { kind: 'failed'; message: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', padding: '12px', minWidth: 0 },
  pre: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0 },
});

export function ImportPanel({ port, snapshot, onWritten }: { port: WorkbookPort; snapshot?: Snapshot; onWritten?: () => void }) {
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [mapping, setMapping] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  /** Blocks added for this import: they stay after Fortryd, and its message says so. */
  const [added, setAdded] = useState(0);

  const fail = (e: unknown) => {
    // A mapping that does not fit the file is the user's to fix, not a fault to log.
    if (!(e instanceof RunError)) logError(e);
    setState({ kind: 'failed', message: describeError(e) });
  };

  /** One picked file as an export, or a Danish sentence why it cannot be read. */
  const readPicked = async (file: File, map: Mapping | null): Promise<ExportOffers | string> => {
    if (file.size > LIMITS.fileBytes) return `${file.name} er større end ${MB(LIMITS.fileBytes)} og læses ikke.`;
    const bytes = await bytesOf(file);
    if (/\.(csv|txt)$/i.test(file.name)) {
      const raw = new Uint8Array(bytes);
      if (raw.length === 0 || looksBinary(raw))
        return `${file.name} er ${raw.length === 0 ? 'tom' : 'ikke en tekstfil (CSV)'}; gem tabellen som "CSV (semikolonsepareret)" eller som .xlsx.`;
      return offersFromExport({ csv: decodeText(raw).text }, map);
    }
    const check = checkXlsxBytes(new Uint8Array(bytes));
    if (!check.ok) return zipCheckMessage(file.name, check.reason);
    const { xlsxToGrids } = await import(/* webpackChunkName: "xlsx-reader" */ './load-xlsx');
    try {
      return offersFromExport({ grids: await xlsxToGrids(bytes) }, map);
    } catch (e) {
      if (e instanceof RunError) throw e;
      return zipCheckMessage(file.name, 'corrupt');
    }
  };

  /** The plan for the sheet as it is now: combined files, last year's figures first for year 1, blocks lacking. */
  const planFor = async (exp: CombinedExports) => {
    const grids = await port.readGrids();
    const model = readWorkbook(grids);
    const sheet = model.sheets[0];
    if (!sheet) return null;
    const grid = grids.find((g) => g.name === sheet.sheet)!;
    const year1 = sheet.years.y1;
    const approved = snapshot && year1 !== null && snapshot.budgetYear === year1 ? withApprovedYear1(exp.offers, snapshot, sheet.driftsherre.value) : null;
    const offers = approved?.offers ?? exp.offers;
    const plans = [planFill(sheet, grid, offers)];
    // The sheet's years that no file (nor last year's approved figures) gives whole: said with the plan.
    const covered = new Set(
      offers.flatMap((o) =>
        Object.keys(o.years)
          .map(Number)
          .filter((y) => !o.partialYears?.includes(y)),
      ),
    );
    const uncovered = [sheet.years.y1, sheet.years.y2].filter((y): y is number => y !== null && !covered.has(y));
    const lacking = plans[0].unplaced.filter((u) => u.reason.startsWith(NO_BLOCK_LEFT)).length;
    const copy = lacking > 0 ? planBlockCopies(sheet, grid, lacking) : null;
    const rec = reconcile(exp.rows, plans);
    return {
      plans,
      rec,
      differences: [...exp.differences, ...(approved?.differences ?? [])],
      covered: [...covered].sort((a, b) => a - b),
      uncovered,
      lacking,
      copy: copy && !('reason' in copy) ? copy : null,
      why: copy && 'reason' in copy ? copy.reason : null,
    };
  };

  /**
   * The header row of the first picked table, for the matching step: a CSV's first row, or an xlsx's when it is not
   * the old skema (a tidy table saved from Excel). Null when there is no such table; a text that is no table (one
   * line, one column: "hej") is refused, never sent to matching.
   */
  const tableHeaders = async (): Promise<string[] | string | null> => {
    for (const file of files) {
      if (file.size > LIMITS.fileBytes) continue;
      const bytes = await bytesOf(file);
      let first: unknown[];
      let rows: number;
      if (/\.(csv|txt)$/i.test(file.name)) {
        const raw = new Uint8Array(bytes);
        if (raw.length === 0 || looksBinary(raw)) continue;
        const table = parseCsv(decodeText(raw).text).rows.filter((r) => r.some((c) => String(c ?? '').trim() !== ''));
        [first, rows] = [table[0] ?? [], table.length];
      } else {
        if (!checkXlsxBytes(new Uint8Array(bytes)).ok) continue;
        const { xlsxToGrids } = await import(/* webpackChunkName: "xlsx-reader" */ './load-xlsx');
        const grids = await xlsxToGrids(bytes).catch(() => null);
        // The old skema is read as it is, not matched.
        if (!grids || grids.some((g) => readOldSheet(g) !== null)) continue;
        const grid = grids.find((g) => !g.hidden) ?? grids[0];
        const row = grid?.cells.find((r) => r?.some((c) => c && c.value !== null && String(c.value).trim() !== ''));
        [first, rows] = [(row ?? []).map((c) => c?.value ?? null), grid ? grid.cells.filter(Boolean).length : 0];
      }
      const headers = first.map((c) => String(c ?? '').trim()).filter((h) => h !== '');
      if (headers.length < 2 || rows < 2)
        return `${file.name} er ikke en tabel: den har ${rows < 2 ? 'ingen rækker under overskriften' : 'kun én kolonne'}. Vælg det gamle skema (xlsx) eller en tabel med en overskriftsrække (Tilbud, År, Takst …).`;
      return headers;
    }
    return null;
  };

  const plan = async (chosenMap?: Mapping) => {
    if (files.length === 0) return;
    setState({ kind: 'busy', what: `Læser ${files.map((f) => f.name).join(', ')} …` });
    try {
      const map = chosenMap ?? (mapping ? parseMapping(JSON.parse(new TextDecoder('utf-8').decode(await bytesOf(mapping)))) : null);
      if (!map) {
        // A table without a mapping file: the user matches its columns first (guessed from its headers).
        const headers = await tableHeaders();
        if (typeof headers === 'string') {
          setState({ kind: 'failed', message: headers });
          return;
        }
        if (headers && headers.length > 0) {
          setState({ kind: 'mapping', headers });
          return;
        }
      }
      const read: ExportFile[] = [];
      for (const file of files) {
        const exp = await readPicked(file, map);
        if (typeof exp === 'string') {
          setState({ kind: 'failed', message: exp });
          return;
        }
        read.push({ name: file.name, exp });
      }
      const exp = combineExports(read);
      const planned = await planFor(exp);
      if (!planned) {
        setState({ kind: 'failed', message: 'Den aktive arbejdsbog har intet takstskema at udfylde.' });
        return;
      }
      setChosen(new Set());
      setState({ kind: 'planned', exp, ...planned });
    } catch (e) {
      if (e instanceof SyntaxError) setState({ kind: 'failed', message: `Kolonneoversættelsen er ikke gyldig JSON: ${e.message}` });
      else fail(e);
    }
  };

  /** Adds the blocks the offers lack (copies of the sheet's last block), then plans again. */
  const addBlocks = async (exp: CombinedExports, copy: BlockCopy) => {
    if (!port.addBlocks) return;
    setState({ kind: 'busy', what: `Tilføjer ${formatNumber(copy.count)} blokke …` });
    try {
      await port.addBlocks(copy);
      setAdded((n) => n + copy.count);
      onWritten?.();
      const planned = await planFor(exp);
      if (!planned) return;
      setState({ kind: 'planned', exp, ...planned });
    } catch (e) {
      fail(e);
    }
  };

  const apply = async (plans: PrefillPlan[]) => {
    const writes = plans.flatMap((p) => chosenWrites(p, chosen));
    setState({ kind: 'busy', what: `Udfylder ${formatNumber(writes.length)} celler …` });
    try {
      const record = { ...undoRecordFor('fill', writes), ...(added > 0 ? { addedBlocks: added } : {}) };
      await port.write(writes, record);
      onWritten?.();
      setState({ kind: 'done', text: `${formatNumber(writes.length)} celler udfyldt fra ${files.map((f) => f.name).join(' og ') || 'filen'}.`, undo: record });
    } catch (e) {
      fail(e);
    }
  };

  const { revert, question } = useRevert(port, {
    busy: (what) => setState({ kind: 'busy', what }),
    done: (text) => {
      setAdded(0);
      setState({ kind: 'done', text });
    },
    failed: fail,
    idle: () => setState({ kind: 'idle' }),
    written: onWritten,
  });

  return (
    <section className={styles.root} aria-label="Indlæs fra fil">
      <Body1>
        Udfyld skemaet fra jeres eget udtræk: det gamle skema (xlsx) eller en tabel (CSV eller xlsx) med en kolonneoversættelse. Filen læses her og sendes ingen
        steder hen.
      </Body1>
      <Field label={{ children: 'Udtræk (.xlsx eller .csv; vælg gerne både sidste års og årets)', htmlFor: 'takst-import-files' }}>
        <input id="takst-import-files" type="file" multiple accept=".xlsx,.csv,.txt" onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
      </Field>
      <Field label={{ children: 'Kolonneoversættelse (.json, kun for en tabel)', htmlFor: 'takst-import-mapping' }}>
        <input id="takst-import-mapping" type="file" accept=".json" onChange={(e) => setMapping(e.target.files?.[0] ?? null)} />
      </Field>
      <div>
        <Button appearance="primary" disabled={files.length === 0 || state.kind === 'busy'} onClick={() => void plan()}>
          Indlæs fra fil
        </Button>
      </div>
      {question}
      <TaskStatus state={state} failedTitle="Filen kunne ikke bruges">
        {state.kind === 'done' && state.undo && (
          <Button onClick={() => void revert(state.undo!)} style={{ marginTop: 8 }}>
            Fortryd indlæsningen
          </Button>
        )}
      </TaskStatus>
      {state.kind === 'mapping' && (
        <ColumnMatch
          headers={state.headers}
          onCancel={() => setState({ kind: 'idle' })}
          onUse={(columns) => {
            try {
              const m = parseMapping({ columns, locale: 'da' });
              saveMapping(state.headers, columns);
              void plan(m);
            } catch (e) {
              fail(e);
            }
          }}
        />
      )}
      {state.kind === 'planned' && otherOperatorWarning(state.exp, state.plans[0]?.driftsherre ?? null) && (
        <Notice intent="warning" title="Udtrækket er fra en anden driftsherre">
          {otherOperatorWarning(state.exp, state.plans[0]?.driftsherre ?? null)}
        </Notice>
      )}
      {state.kind === 'planned' && state.uncovered.length > 0 && (
        <Notice intent="info" title={`Filerne dækker ikke ${state.uncovered.join(' og ')}`}>
          {missingYears(state.covered, state.uncovered)}
        </Notice>
      )}
      {state.kind === 'planned' && state.lacking > 0 && (
        <Notice intent="warning" title={`${formatNumber(state.lacking)} tilbud mangler en blok`}>
          {state.copy && port.addBlocks ? (
            <>
              Skemaet har færre tomme blokke end udtrækket har tilbud.{' '}
              <Button appearance="primary" size="small" onClick={() => void addBlocks(state.exp, state.copy!)}>
                Tilføj {formatNumber(state.lacking)} blokke
              </Button>
            </>
          ) : (
            (state.why ?? 'Tilføj blokke i skemaet, og indlæs igen.')
          )}
        </Notice>
      )}
      {state.kind === 'planned' && (
        <PlanReview
          plans={state.plans}
          chosen={chosen}
          onChosen={setChosen}
          onApply={() => void apply(state.plans)}
          onCancel={() => setState({ kind: 'idle' })}
          source="udtrækket"
        >
          <Caption1>
            Afstemningen tæller hver række i filerne: placeret (tilbuddets første række, skrevet i en blok), lagt sammen (flere rækker for samme tilbud: andre
            niveauer eller år) eller rapporteret (ikke brugt; hver står herunder med sin grund).
          </Caption1>
          <pre className={styles.pre} aria-label="Afstemning">
            {formatReconciliation(state.rec)}
            {state.exp.warnings.map((w) => `\n${w.file ? `${w.file} ` : ''}række ${w.row}: ${w.reason}`).join('')}
            {formatDifferences(state.differences)
              .map((l) => `\n${l.trim()}`)
              .join('')}
          </pre>
        </PlanReview>
      )}
    </section>
  );
}
