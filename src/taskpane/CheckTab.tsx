// The task pane: Kontrollér, counts and a severity filter, findings grouped by block (click → the cell),
// automatic re-check after edits, and Ryd markeringer. It talks to the workbook only through the port, so the
// same component runs in Excel (Office.js), in the preview (memory) and in tests.
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { Body1, Button, Caption1, makeStyles, Spinner, Switch, tokens } from '@fluentui/react-components';
import { Notice } from './Notice';
import { useCheck } from './useCheck';
import type { WorkbookPort } from '../core/port';
import type { Snapshot } from '../core/model/snapshot';
import type { Finding } from '../core/rules/types';
import { formatNumber } from '../core/format';
import { useEngine } from './engine';
import { describeError, logError } from './errors';

const Findings = lazy(() => import(/* webpackChunkName: "kontrol" */ './Findings'));

export interface CheckTabProps {
  port: WorkbookPort;
  /** Last year's figures: the check compares year 1 with them. */
  snapshot?: Snapshot;
  /** Quiet time after an edit before the automatic re-check, in ms. */
  debounceMs?: number;
  autoCheck?: boolean;
  onAutoCheckChange?: (on: boolean) => void;
  /** Shown right under the check's summary (the export), before the findings. */
  children?: ReactNode;
  /** Grows with each write the pane makes elsewhere (prefill, fill, undo): each re-checks. */
  generation?: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '12px', padding: '12px', minWidth: '0', maxWidth: '100%', boxSizing: 'border-box' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  meta: { display: 'block', color: tokens.colorNeutralForeground3 },
  summary: { fontWeight: tokens.fontWeightSemibold },
});

/** The one line after every check: what must be done before the sheet is sent, and when it was checked. */
export function summaryLine(errors: number, at: Date): string {
  const time = `kontrolleret kl. ${String(at.getHours()).padStart(2, '0')}.${String(at.getMinutes()).padStart(2, '0')}`;
  return errors === 0 ? `Ingen fejl · ${time}` : `${formatNumber(errors)} fejl skal rettes før indsendelse · ${time}`;
}

// Longer than 80 lines, by reason: the tab's JSX (its state machine is useCheck.ts).
export function CheckTab({ port, snapshot, debounceMs = 1500, autoCheck: autoInitial = true, onAutoCheckChange, children, generation }: CheckTabProps) {
  const styles = useStyles();
  const engine = useEngine();
  const [auto, setAuto] = useState(autoInitial);
  const { state, check, clear, lastOutcome, pending } = useCheck(port, { snapshot, debounceMs, auto, onCleared: () => setSelected(null), generation });
  const [selected, setSelected] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  const go = useCallback(
    async (f: Finding) => {
      if (!f.cell) return;
      setSelected(`${f.sheet}!${f.cell}`);
      setSelectError(null);
      try {
        await port.select(f.sheet, f.cell);
      } catch (e) {
        logError(e);
        setSelectError(describeError(e));
      }
    },
    [port],
  );

  const checked = lastOutcome && lastOutcome.kind === 'checked' ? lastOutcome : null;
  const findings = checked?.result.findings ?? [];
  const busy = state.kind === 'busy';

  return (
    <main className={styles.root} aria-busy={busy}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check()} disabled={busy}>
          Kontrollér
        </Button>
        <Button onClick={() => void clear()} disabled={busy}>
          Ryd markeringer
        </Button>
      </div>
      <Switch
        checked={auto}
        disabled={!port.onEdit}
        onChange={(_, d) => {
          setAuto(d.checked);
          onAutoCheckChange?.(d.checked);
        }}
        label="Kontrollér igen, når arket ændres"
      />

      <div role="status" aria-live="polite">
        {pending && state.kind !== 'busy' && <Caption1>Arket er ændret – kontrollerer igen om et øjeblik …</Caption1>}
        {state.kind === 'busy' && <Spinner size="tiny" label={state.what} />}
        {state.kind === 'idle' && (
          <Body1>
            Tryk Kontrollér for at tjekke alle indtastningsceller mod skemaets {engine ? `${formatNumber(engine.RULES.length)} ` : ''}regler. Hvert fund
            markeres på sin egen celle.
          </Body1>
        )}
        {state.kind === 'cleared' && (
          <Notice intent="info">
            {state.removed === 0
              ? 'Der var ingen markeringer at fjerne.'
              : `${formatNumber(state.removed)} markeringer fjernet. Arket har sin egen formatering igen.`}
          </Notice>
        )}
        {state.kind === 'failed' && (
          <Notice intent="error" title="Kontrollen kunne ikke gennemføres">
            {state.message}
          </Notice>
        )}
        {state.kind === 'done' && state.outcome.kind === 'not-takstskema' && state.outcome.oldLayout && (
          <Notice intent="info" title="Det ligner sidste års gamle skema">
            Arbejdsbogen er det gamle, lodrette takstindberetningsskema (2026-opsætningen), ikke 2027-skemaet, så den kontrolleres ikke her. Vil I udfylde
            2027-skemaet fra den: åbn 2027-skemaet, og vælg denne fil under fanen Indlæs fra fil.
          </Notice>
        )}
        {state.kind === 'done' && state.outcome.kind === 'not-takstskema' && !state.outcome.oldLayout && (
          <Notice intent="warning" title="Ikke et takstskema">
            Den aktive arbejdsbog har intet ark med takstskemaets overskrifter: {engine?.NOT_A_TAKSTSKEMA_REASON}. Åbn det udfyldte takstskema, og tryk
            Kontrollér igen.
          </Notice>
        )}
        {state.kind === 'done' && checked && <Body1 className={styles.summary}>{summaryLine(checked.result.summary.errors, state.checkedAt)}</Body1>}
        {state.kind === 'done' && checked && (
          <Caption1 className={styles.meta} data-testid="progress">
            {engine?.progressLine(checked.progress)}
          </Caption1>
        )}
        {state.kind === 'done' && checked && checked.unmarked.length > 0 && (
          <Notice intent="warning" title="Cellerne er ikke markeret">
            {checked.unmarked.map((u) => `${u.sheet}: ${u.reason}`).join(' ')} Fundene står herunder.
          </Notice>
        )}
        {state.kind === 'done' && checked && checked.result.summary.errors === 0 && (
          <Notice intent="success" title="Ingen fejl fundet">
            {findings.length === 0 ? 'Alle regler er opfyldt.' : 'Se advarsler og info nedenfor, før skemaet sendes.'}
          </Notice>
        )}
      </div>

      {/* The export right under the summary: reachable without scrolling past the findings. */}
      {children}

      {checked && findings.length > 0 && (
        // The findings' list comes with the engine's chunk: there are findings only once the engine ran.
        <Suspense fallback={null}>
          <Findings findings={findings} multiSheet={checked.model.sheets.length > 1} selected={selected} onGo={go} />
        </Suspense>
      )}
      {selectError && <Notice intent="error">{selectError}</Notice>}
    </main>
  );
}
