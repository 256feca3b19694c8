// "Udfyld sidste års tal": shows the plan first (blocks matched or created, cells filled, conflicts to choose),
// applies it in one write with an undo record kept in the workbook, and "Fortryd" restores exactly what was there.
import { useCallback, useEffect, useState } from 'react';
import { Body1, Button, Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { readWorkbook } from '../core/layout/discover';
import { formatNumber } from '../core/format';
import { chosenWrites, planPrefill, shown, type PlannedWrite, type PrefillPlan } from '../core/prefill/plan';
import type { Snapshot } from '../core/prefill/snapshot';
import { restoreWrites, undoRecordFor, type UndoRecord } from '../core/plans/undo';
import type { WorkbookPort } from '../core/port';
import { describeError, logError } from './errors';

export interface PrefillPanelProps {
  port: WorkbookPort;
  snapshot: Snapshot;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'planned'; plans: PrefillPlan[] }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; message: string };

const HOW: Record<string, string> = { exact: 'samme navn', similar: 'lignende navn – tjek', 'new-block': 'ny blok' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', padding: '12px', minWidth: 0 },
  list: { margin: 0, paddingLeft: '18px', overflowWrap: 'anywhere' },
  conflict: { display: 'block', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  meta: { color: tokens.colorNeutralForeground3 },
});

const key = (w: PlannedWrite) => `${w.sheet}!${w.cell}`;

export function PrefillPanel({ port, snapshot }: PrefillPanelProps) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<UndoRecord | null>(null);

  useEffect(() => {
    let alive = true;
    port
      .readUndo()
      .then((r) => alive && setUndo(r))
      .catch((e) => logError(e));
    return () => {
      alive = false;
    };
  }, [port]);

  const fail = (e: unknown) => {
    logError(e);
    setState({ kind: 'failed', message: describeError(e) });
  };

  const plan = useCallback(async () => {
    setState({ kind: 'busy', what: 'Læser skemaet …' });
    try {
      const grids = await port.readGrids();
      const model = readWorkbook(grids);
      if (model.sheets.length === 0) {
        setState({ kind: 'failed', message: 'Den aktive arbejdsbog har intet takstskema at udfylde.' });
        return;
      }
      const plans = model.sheets.map((s) => planPrefill(s, grids.find((g) => g.name === s.sheet)!, snapshot));
      setChosen(new Set());
      setState({ kind: 'planned', plans });
    } catch (e) {
      fail(e);
    }
  }, [port, snapshot]);

  const apply = async (plans: PrefillPlan[]) => {
    const writes = plans.flatMap((p) => chosenWrites(p, chosen));
    if (writes.length === 0) {
      setState({ kind: 'done', text: 'Der var intet at udfylde.' });
      return;
    }
    setState({ kind: 'busy', what: `Udfylder ${formatNumber(writes.length)} celler …` });
    try {
      const record = undoRecordFor('prefill', writes);
      await port.write(writes, record);
      setUndo(record);
      setState({ kind: 'done', text: `${formatNumber(writes.length)} celler udfyldt med sidste års tal. Tryk Kontrollér for at se skemaet igennem.` });
    } catch (e) {
      fail(e);
    }
  };

  const revert = async () => {
    setState({ kind: 'busy', what: 'Fortryder …' });
    try {
      const record = await port.readUndo();
      if (!record) {
        setUndo(null);
        setState({ kind: 'done', text: 'Der er ingen udfyldning at fortryde.' });
        return;
      }
      await port.write(restoreWrites(record), null);
      setUndo(null);
      setState({ kind: 'done', text: `Fortrudt: ${formatNumber(record.cells.length)} celler har deres tidligere indhold igen.` });
    } catch (e) {
      fail(e);
    }
  };

  const plans = state.kind === 'planned' ? state.plans : null;
  const conflicts = plans?.flatMap((p) => p.conflicts) ?? [];
  const toWrite = plans ? plans.reduce((n, p) => n + p.writes.length, 0) + conflicts.filter((c) => chosen.has(key(c))).length : 0;

  return (
    <section className={styles.root} aria-label="Udfyld sidste års tal">
      <Body1>
        Udfylder år 1 med sidste års godkendte tal ({snapshot.budgetYear}){snapshot.partial ? ' fra et delvist øjebliksbillede' : ''}. Du ser planen, før noget skrives, og kan fortryde bagefter.
      </Body1>
      {snapshot.partial && snapshot.note && <Caption1 className={styles.meta}>{snapshot.note}</Caption1>}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void plan()} disabled={state.kind === 'busy'}>
          Udfyld sidste års tal
        </Button>
        {undo && (
          <Button onClick={() => void revert()} disabled={state.kind === 'busy'}>
            Fortryd udfyldning ({formatNumber(undo.cells.length)} celler)
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'busy' && <Spinner size="tiny" label={state.what} />}
        {state.kind === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>{state.text}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Udfyldningen kunne ikke gennemføres</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {plans?.map((p) => (
        <div key={p.sheet}>
          <Subtitle2 as="h2">
            {p.sheet}: {p.driftsherre ?? 'ingen driftsherre'}
          </Subtitle2>
          {p.reason ? (
            <MessageBar intent="warning">
              <MessageBarBody>{p.reason}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <ul className={styles.list} aria-label="Tilbud">
                {p.matches.map((m) => (
                  <li key={`${m.block}`}>
                    {[m.offer.tilbud, m.offer.afdeling].filter(Boolean).join(' – ')} → blok {formatNumber(m.block + 1)} ({HOW[m.how]})
                  </li>
                ))}
                {p.unplaced.map((u) => (
                  <li key={u.offer.tilbud}>
                    {u.offer.tilbud}: {u.reason}
                  </li>
                ))}
              </ul>
              <Body1>
                {formatNumber(p.writes.length)} tomme celler udfyldes; {formatNumber(p.unchanged)} har allerede tallet; {formatNumber(p.conflicts.length)} har et andet tal.
              </Body1>
            </>
          )}
        </div>
      ))}
      {conflicts.length > 0 && (
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend>
            <Subtitle2>Celler med et andet tal end sidste år (overskrives kun, hvis du vælger dem)</Subtitle2>
          </legend>
          <Checkbox
            label="Vælg alle"
            checked={chosen.size === conflicts.length ? true : chosen.size === 0 ? false : 'mixed'}
            onChange={(_, d) => setChosen(d.checked === true ? new Set(conflicts.map(key)) : new Set())}
          />
          {conflicts.map((c) => (
            <Checkbox
              key={key(c)}
              className={styles.conflict}
              checked={chosen.has(key(c))}
              onChange={(_, d) =>
                setChosen((prev) => {
                  const next = new Set(prev);
                  if (d.checked) next.add(key(c));
                  else next.delete(key(c));
                  return next;
                })
              }
              label={`${c.cell} · ${c.blockName}, ${c.field}: står ${shown(c.before)}, sidste år ${shown(c.value)}`}
            />
          ))}
        </fieldset>
      )}
      {plans && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void apply(plans)} disabled={toWrite === 0}>
            Udfyld {formatNumber(toWrite)} celler
          </Button>
          <Button onClick={() => setState({ kind: 'idle' })}>Annullér</Button>
        </div>
      )}
    </section>
  );
}
