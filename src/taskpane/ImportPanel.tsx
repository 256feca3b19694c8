// "Indlæs fra fil": the region's export (the old skema as xlsx, or a tidy CSV/xlsx with a column mapping) read in
// the pane (never uploaded), the plan and the reconciliation shown, applied in one write with "Fortryd".
import { useRef, useState } from 'react';
import { Body1, Button, Caption1, Field, makeStyles } from '@fluentui/react-components';
import { TaskStatus, type Steps } from './TaskStatus';
import { formatNumber } from '../core/format';
import { combineExports, formatDifferences, otherOperatorWarning, type CombinedExports, type ExportFile, type FigureDifference } from '../core/import/combine';
import type { BlockCopy } from '../core/plans/blocks';
import type { Snapshot } from '../core/model/snapshot';
import { Notice } from './Notice';
import { formatReconciliation, type Reconciliation } from '../core/workflows/reconcile';
import { parseMapping, type Mapping } from '../core/import/tidy';
import { ColumnMatch } from './ColumnMatch';
import { bytesOf, loadPicked, offersOf, tableHeaders, type PickedFile } from './picked-file';
import { saveMapping } from './preferences';
import { RunError } from '../core/errors';
import { chosenWrites, type PrefillPlan } from '../core/prefill/plan';
import type { UndoRecord } from '../core/plans/undo';
import { planFillOn } from '../core/workflows/fill';
import { useWrites } from './useWrites';
import type { WorkbookPort } from '../core/port';
import { describeError, logError } from './errors';
import { PlanReview } from './PlanReview';

/** "Filerne dækker kun 2027: indlæs også sidste års eksport for 2026 …": what a person does about a year no file gives. */
export function missingYears(covered: number[], uncovered: number[]): string {
  const latest = covered.length > 0 ? covered[covered.length - 1] : null;
  const which = uncovered.map((y) => (latest !== null && y < latest ? `sidste års eksport for ${y}` : `eksporten for ${y}`)).join(' og ');
  return `${covered.length > 0 ? `Filerne dækker kun ${covered.join(' og ')}` : 'Filerne har intet helt år'}: indlæs også ${which} (vælg filerne sammen), ellers står ${uncovered.join(' og ')} tomt og skal tastes.`;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; steps?: Steps }
  | { kind: 'cancelled'; text: string }
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

// Longer than 80 lines, by reason: a tab is its view state and its JSX (the work is in core/workflows and
// picked-file.ts); the reading steps stay here because each one sets what the tab shows.
export function ImportPanel({ port, snapshot, onWritten }: { port: WorkbookPort; snapshot?: Snapshot; onWritten?: () => void }) {
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [mapping, setMapping] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  /** Blocks added for this import: they stay after Fortryd, and its message says so. */
  const [added, setAdded] = useState(0);
  /** The reading under way; Annullér (or a new Indlæs) moves it on, and the old reading stops at its next step. */
  const reading = useRef(0);
  /** Each picked file's one reading, kept while the same File stays picked (the matching step, then the plan). */
  const loaded = useRef(new WeakMap<File, PickedFile | string>());
  const cancel = () => {
    reading.current++;
    setState({ kind: 'cancelled', text: 'Indlæsningen er annulleret. Intet er skrevet i skemaet.' });
  };

  const fail = (e: unknown) => {
    // A mapping that does not fit the file is the user's to fix, not a fault to log.
    if (!(e instanceof RunError)) logError(e);
    setState({ kind: 'failed', message: describeError(e) });
  };

  /** The plan for the sheet as it is now (core/workflows/fill.ts), as this tab shows it. */
  const planFor = async (exp: CombinedExports) => {
    const planned = planFillOn(await port.readGrids(), exp, snapshot ?? null);
    if (!planned) return null;
    const { plan, rec, differences, covered, uncovered, lacking, copy, why } = planned;
    return { plans: [plan], rec, differences, covered, uncovered, lacking, copy, why };
  };

  const plan = async (chosenMap?: Mapping) => {
    if (files.length === 0) return;
    const id = ++reading.current;
    /** False once the user has cancelled (or started another reading): nothing more is shown or planned. */
    const current = async () => {
      // A turn of the event loop between steps, so that a click on Annullér is seen.
      await new Promise((r) => setTimeout(r, 0));
      return reading.current === id;
    };
    const total = files.length + 1;
    try {
      // Each file read once (and kept while it stays picked): the matching step and the offers use the same reading.
      const picked: PickedFile[] = [];
      for (const [i, file] of files.entries()) {
        setState({ kind: 'busy', what: `Læser fil ${i + 1} af ${files.length}: ${file.name} …`, steps: { done: i, total } });
        if (!(await current())) return;
        let got = loaded.current.get(file);
        if (!got) loaded.current.set(file, (got = await loadPicked(file)));
        if (!(await current())) return;
        if (typeof got === 'string') {
          setState({ kind: 'failed', message: got });
          return;
        }
        picked.push(got);
      }
      const map = chosenMap ?? (mapping ? parseMapping(JSON.parse(new TextDecoder('utf-8').decode(await bytesOf(mapping)))) : null);
      if (!map) {
        // A table without a mapping file: the user matches its columns first (guessed from its headers).
        const headers = tableHeaders(picked);
        if (typeof headers === 'string') {
          setState({ kind: 'failed', message: headers });
          return;
        }
        if (headers && headers.length > 0) {
          setState({ kind: 'mapping', headers });
          return;
        }
      }
      const read: ExportFile[] = picked.map((f) => ({ name: f.name, exp: offersOf(f, map) }));
      setState({ kind: 'busy', what: 'Lægger planen for skemaet …', steps: { done: files.length, total } });
      if (!(await current())) return;
      const exp = combineExports(read);
      const planned = await planFor(exp);
      if (!(await current())) return;
      if (!planned) {
        setState({ kind: 'failed', message: 'Den aktive arbejdsbog har intet takstskema at udfylde.' });
        return;
      }
      setChosen(new Set());
      setState({ kind: 'planned', exp, ...planned });
    } catch (e) {
      if (reading.current !== id) return;
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

  const writes = useWrites(port, {
    busy: (what) => setState({ kind: 'busy', what }),
    done: (text, record) => {
      // After Fortryd the added blocks are said once; a new import counts its own.
      if (!record) setAdded(0);
      setState({ kind: 'done', text, ...(record ? { undo: record } : {}) });
    },
    failed: fail,
    idle: () => setState({ kind: 'idle' }),
    written: onWritten,
  });
  const { revert, question } = writes;

  const apply = (plans: PrefillPlan[]) =>
    writes.apply(
      'fill',
      plans.flatMap((p) => chosenWrites(p, chosen)),
      (n) => `${n} celler udfyldt fra ${files.map((f) => f.name).join(' og ') || 'filen'}.`,
      added,
    );

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
      <TaskStatus state={state} failedTitle="Filen kunne ikke bruges" onCancel={state.kind === 'busy' && state.steps ? cancel : undefined}>
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
