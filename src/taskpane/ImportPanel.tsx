// "Indlæs fra fil": the region's export (the old skema as xlsx, or a tidy CSV/xlsx with a column mapping) read in
// the pane (never uploaded), the plan and the reconciliation shown, applied in one write with "Fortryd".
import { useState } from 'react';
import { Body1, Button, Field, makeStyles } from '@fluentui/react-components';
import { TaskStatus } from './TaskStatus';
import { readWorkbook } from '../core/layout/discover';
import { formatNumber } from '../core/format';
import { offersFromExport, type ExportOffers } from '../core/import/export';
import { formatReconciliation, reconcile, type Reconciliation } from '../core/import/reconcile';
import { decodeText, looksBinary } from '../core/import/text';
import { checkXlsxBytes, LIMITS, MB, zipCheckMessage } from '../adapters/exceljs/zip-check';
import { parseMapping } from '../core/import/tidy';
import { RunError } from '../core/errors';
import { chosenWrites, planFill, type PrefillPlan } from '../core/prefill/plan';
import { restoreWrites, undoRecordFor, type UndoRecord } from '../core/plans/undo';
import type { WorkbookPort } from '../core/port';
import { describeError, logError } from './errors';
import { PlanReview } from './PlanReview';

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
  | { kind: 'planned'; plans: PrefillPlan[]; exp: ExportOffers; rec: Reconciliation }
  | { kind: 'done'; text: string; undo?: UndoRecord }
  | { kind: 'failed'; message: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', padding: '12px', minWidth: 0 },
  pre: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0 },
});

export function ImportPanel({ port, onWritten }: { port: WorkbookPort; onWritten?: () => void }) {
  const styles = useStyles();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  const fail = (e: unknown) => {
    // A mapping that does not fit the file is the user's to fix, not a fault to log.
    if (!(e instanceof RunError)) logError(e);
    setState({ kind: 'failed', message: describeError(e) });
  };

  const plan = async () => {
    if (!file) return;
    if (file.size > LIMITS.fileBytes) {
      setState({ kind: 'failed', message: `${file.name} er større end ${MB(LIMITS.fileBytes)} og læses ikke.` });
      return;
    }
    setState({ kind: 'busy', what: `Læser ${file.name} …` });
    try {
      const map = mapping ? parseMapping(JSON.parse(new TextDecoder('utf-8').decode(await bytesOf(mapping)))) : null;
      const bytes = await bytesOf(file);
      let exp: ExportOffers;
      if (/\.(csv|txt)$/i.test(file.name)) {
        const raw = new Uint8Array(bytes);
        if (raw.length === 0 || looksBinary(raw)) {
          setState({
            kind: 'failed',
            message: `${file.name} er ${raw.length === 0 ? 'tom' : 'ikke en tekstfil (CSV)'}; gem tabellen som "CSV (semikolonsepareret)" eller som .xlsx.`,
          });
          return;
        }
        exp = offersFromExport({ csv: decodeText(raw).text }, map);
      } else {
        const check = checkXlsxBytes(new Uint8Array(bytes));
        if (!check.ok) {
          setState({ kind: 'failed', message: zipCheckMessage(file.name, check.reason) });
          return;
        }
        const { xlsxToGrids } = await import(/* webpackChunkName: "xlsx-reader" */ './load-xlsx');
        let grids;
        try {
          grids = await xlsxToGrids(bytes);
        } catch {
          setState({ kind: 'failed', message: zipCheckMessage(file.name, 'corrupt') });
          return;
        }
        exp = offersFromExport({ grids }, map);
      }
      const grids = await port.readGrids();
      const model = readWorkbook(grids);
      const sheet = model.sheets[0];
      if (!sheet) {
        setState({ kind: 'failed', message: 'Den aktive arbejdsbog har intet takstskema at udfylde.' });
        return;
      }
      const plans = [
        planFill(
          sheet,
          grids.find((g) => g.name === sheet.sheet)!,
          exp.offers,
        ),
      ];
      setChosen(new Set());
      setState({ kind: 'planned', plans, exp, rec: reconcile(exp.rows, plans) });
    } catch (e) {
      if (e instanceof SyntaxError) setState({ kind: 'failed', message: `Kolonneoversættelsen er ikke gyldig JSON: ${e.message}` });
      else fail(e);
    }
  };

  const apply = async (plans: PrefillPlan[]) => {
    const writes = plans.flatMap((p) => chosenWrites(p, chosen));
    setState({ kind: 'busy', what: `Udfylder ${formatNumber(writes.length)} celler …` });
    try {
      const record = undoRecordFor('fill', writes);
      await port.write(writes, record);
      onWritten?.();
      setState({ kind: 'done', text: `${formatNumber(writes.length)} celler udfyldt fra ${file?.name ?? 'filen'}.`, undo: record });
    } catch (e) {
      fail(e);
    }
  };

  const revert = async (record: UndoRecord) => {
    setState({ kind: 'busy', what: 'Fortryder …' });
    try {
      await port.write(restoreWrites(record), null);
      onWritten?.();
      setState({ kind: 'done', text: `Fortrudt: ${formatNumber(record.cells.length)} celler har deres tidligere indhold igen.` });
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section className={styles.root} aria-label="Indlæs fra fil">
      <Body1>
        Udfyld skemaet fra jeres eget udtræk: det gamle skema (xlsx) eller en tabel (CSV eller xlsx) med en kolonneoversættelse. Filen læses her og sendes ingen
        steder hen.
      </Body1>
      <Field label="Udtræk (.xlsx eller .csv)">
        <input type="file" accept=".xlsx,.csv,.txt" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </Field>
      <Field label="Kolonneoversættelse (.json, kun for en tabel)">
        <input type="file" accept=".json" onChange={(e) => setMapping(e.target.files?.[0] ?? null)} />
      </Field>
      <div>
        <Button appearance="primary" disabled={!file || state.kind === 'busy'} onClick={() => void plan()}>
          Indlæs fra fil
        </Button>
      </div>
      <TaskStatus state={state} failedTitle="Filen kunne ikke bruges">
        {state.kind === 'done' && state.undo && (
          <Button onClick={() => void revert(state.undo!)} style={{ marginTop: 8 }}>
            Fortryd indlæsningen
          </Button>
        )}
      </TaskStatus>
      {state.kind === 'planned' && (
        <PlanReview
          plans={state.plans}
          chosen={chosen}
          onChosen={setChosen}
          onApply={() => void apply(state.plans)}
          onCancel={() => setState({ kind: 'idle' })}
          source="udtrækket"
        >
          <pre className={styles.pre} aria-label="Afstemning">
            {formatReconciliation(state.rec)}
            {state.exp.warnings.map((w) => `\nrække ${w.row}: ${w.reason}`).join('')}
          </pre>
        </PlanReview>
      )}
    </section>
  );
}
