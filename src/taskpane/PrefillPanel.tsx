// "Udfyld sidste års tal": shows the plan first (blocks matched or created, cells filled, conflicts to choose),
// applies it in one write with an undo record kept in the workbook, and "Fortryd" restores exactly what was there.
import { useCallback, useEffect, useState } from 'react';
import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { TaskStatus } from './TaskStatus';
import { readWorkbook } from '../core/layout/discover';
import { formatNumber } from '../core/format';
import { chosenWrites, type PrefillPlan } from '../core/prefill/plan';
import { PlanReview } from './PlanReview';
import type { Snapshot } from '../core/model/snapshot';
import type { UndoRecord } from '../core/plans/undo';
import { planPrefillOn } from '../core/workflows/prefill';
import { useWrites } from './useWrites';
import type { WorkbookPort } from '../core/port';
import { describeError, logError } from './errors';

export interface PrefillPanelProps {
  port: WorkbookPort;
  snapshot: Snapshot;
  /** Called after every write (fill and undo), so the other tabs re-check. */
  onWritten?: () => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'planned'; plans: PrefillPlan[] }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; message: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', padding: '12px', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  meta: { color: tokens.colorNeutralForeground3 },
});

// Longer than 80 lines, by reason: the tab's view state and JSX (the work is in core/workflows).
export function PrefillPanel({ port, snapshot, onWritten }: PrefillPanelProps) {
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
      const plans = planPrefillOn(grids, snapshot, model);
      setChosen(new Set());
      setState({ kind: 'planned', plans });
    } catch (e) {
      fail(e);
    }
  }, [port, snapshot]);

  const writes = useWrites(port, {
    busy: (what) => setState({ kind: 'busy', what }),
    done: (text, record) => {
      setUndo(record);
      setState({ kind: 'done', text });
    },
    failed: fail,
    idle: () => setState({ kind: 'idle' }),
    written: onWritten,
  });
  const { revert, question } = writes;

  const apply = async (plans: PrefillPlan[]) => {
    const chosenWritten = plans.flatMap((p) => chosenWrites(p, chosen));
    if (chosenWritten.length === 0) {
      setState({ kind: 'done', text: 'Der var intet at udfylde.' });
      return;
    }
    await writes.apply('prefill', chosenWritten, (n) => `${n} celler udfyldt med sidste års tal; skemaet kontrolleres igen under Kontrol.`);
  };

  const plans = state.kind === 'planned' ? state.plans : null;

  return (
    <section className={styles.root} aria-label="Udfyld sidste års tal">
      <Body1>
        Udfylder år 1 med sidste års godkendte tal ({snapshot.budgetYear}){snapshot.partial ? ' (ikke alle driftsherrer er med endnu)' : ''}. Du ser planen, før
        noget skrives, og kan fortryde bagefter.
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
      {question}
      <TaskStatus state={state} failedTitle="Udfyldningen kunne ikke gennemføres" />
      {plans && <PlanReview plans={plans} chosen={chosen} onChosen={setChosen} onApply={() => void apply(plans)} onCancel={() => setState({ kind: 'idle' })} />}
    </section>
  );
}
