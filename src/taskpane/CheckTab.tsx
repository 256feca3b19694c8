// The task pane: Kontrollér, counts and a severity filter, findings grouped by block (click → the cell),
// automatic re-check after edits, and Ryd markeringer. It talks to the workbook only through the port, so the
// same component runs in Excel (Office.js), in the preview (memory) and in tests.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Body1, Button, Caption1, makeStyles, Spinner, Subtitle2, Switch, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { Notice } from './Notice';
import { useCheck } from './useCheck';
import { NOT_A_TAKSTSKEMA_REASON } from '../core/layout/discover';
import type { WorkbookPort } from '../core/port';
import type { Snapshot } from '../core/prefill/snapshot';
import type { Finding, Severity } from '../core/rules/types';
import { RULES } from '../core/rules';
import { formatNumber } from '../core/format';
import { progressLine } from '../core/progress';
import { describeError, logError } from './errors';
import { countLabel, filterFindings, groupFindings, SEVERITIES, SEVERITY_LABEL } from './view';

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

const SEVERITY_COLORS: Record<Severity, { bg: string; fg: string }> = {
  error: { bg: tokens.colorPaletteRedBackground2, fg: tokens.colorPaletteRedForeground2 },
  warning: { bg: tokens.colorPaletteYellowBackground2, fg: tokens.colorPaletteDarkOrangeForeground2 },
  info: { bg: tokens.colorPaletteLavenderBackground2, fg: tokens.colorPaletteGrapeForeground2 },
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '12px', padding: '12px', minWidth: '0', maxWidth: '100%', boxSizing: 'border-box' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  group: { display: 'flex', flexDirection: 'column', rowGap: '4px' },
  groupTitle: { margin: '8px 0 0 0', overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '4px' },
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: { border: `2px solid ${tokens.colorBrandStroke1}` },
  tag: { display: 'inline-block', padding: '0 6px', marginRight: '6px', borderRadius: tokens.borderRadiusSmall, fontWeight: tokens.fontWeightSemibold },
  meta: { display: 'block', color: tokens.colorNeutralForeground3 },
  summary: { fontWeight: tokens.fontWeightSemibold },
});

/** The one line after every check: what must be done before the sheet is sent, and when it was checked. */
export function summaryLine(errors: number, at: Date): string {
  const time = `kontrolleret kl. ${String(at.getHours()).padStart(2, '0')}.${String(at.getMinutes()).padStart(2, '0')}`;
  return errors === 0 ? `Ingen fejl · ${time}` : `${formatNumber(errors)} fejl skal rettes før indsendelse · ${time}`;
}

export function CheckTab({ port, snapshot, debounceMs = 1500, autoCheck: autoInitial = true, onAutoCheckChange, children, generation }: CheckTabProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [auto, setAuto] = useState(autoInitial);
  const { state, check, clear, lastOutcome } = useCheck(port, { snapshot, debounceMs, auto, onCleared: () => setSelected(null), generation });
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

  const toggleSeverity = (s: Severity) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });

  const checked = lastOutcome && lastOutcome.kind === 'checked' ? lastOutcome : null;
  const findings = checked?.result.findings ?? [];
  const visible = useMemo(() => filterFindings(findings, shown), [findings, shown]);
  const groups = useMemo(() => groupFindings(visible, (checked?.model.sheets.length ?? 0) > 1), [visible, checked]);
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
        {state.kind === 'busy' && <Spinner size="tiny" label={state.what} />}
        {state.kind === 'idle' && (
          <Body1>
            Tryk Kontrollér for at tjekke alle indtastningsceller mod skemaets {formatNumber(RULES.length)} regler. Hvert fund markeres på sin egen celle.
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
        {state.kind === 'done' && state.outcome.kind === 'not-takstskema' && (
          <Notice intent="warning" title="Ikke et takstskema">
            Den aktive arbejdsbog har intet ark med takstskemaets overskrifter: {NOT_A_TAKSTSKEMA_REASON}. Åbn det udfyldte takstskema, og tryk Kontrollér igen.
          </Notice>
        )}
        {state.kind === 'done' && checked && <Body1 className={styles.summary}>{summaryLine(checked.result.summary.errors, state.checkedAt)}</Body1>}
        {state.kind === 'done' && checked && (
          <Caption1 className={styles.meta} data-testid="progress">
            {progressLine(checked.progress)}
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
        <>
          <div className={styles.counts} role="group" aria-label="Vis fund efter alvor">
            {SEVERITIES.map((s) => {
              const n = findings.filter((f) => f.severity === s).length;
              return (
                <ToggleButton key={s} size="small" checked={shown.has(s)} aria-pressed={shown.has(s)} onClick={() => toggleSeverity(s)}>
                  {countLabel(s, n)}
                </ToggleButton>
              );
            })}
          </div>
          {visible.length === 0 && <Body1>Ingen fund med det valgte filter.</Body1>}
          {groups.map((g) => (
            <section key={g.key} className={styles.group} aria-label={g.title}>
              <Subtitle2 as="h2" className={styles.groupTitle}>
                {g.title}
              </Subtitle2>
              <ul className={styles.list}>
                {g.findings.map((f, i) => {
                  const id = `${f.sheet}!${f.cell}`;
                  const colors = SEVERITY_COLORS[f.severity];
                  return (
                    <li key={`${f.ruleId}-${f.cell}-${i}`}>
                      <button
                        type="button"
                        className={`${styles.finding} ${selected === id ? styles.selected : ''}`}
                        onClick={() => void go(f)}
                        disabled={!f.cell}
                        aria-current={selected === id ? 'true' : undefined}
                        data-cell={f.cell ?? ''}
                        data-severity={f.severity}
                        title={`Regel: ${f.ruleId}`}
                      >
                        <span className={styles.tag} style={{ backgroundColor: colors.bg, color: colors.fg }}>
                          {SEVERITY_LABEL[f.severity].tag}
                        </span>
                        <Text>{f.message}</Text>
                        <Caption1 className={styles.meta}>{f.cell ? `Celle ${f.cell}` : 'Ingen celle'}</Caption1>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </>
      )}
      {selectError && <Notice intent="error">{selectError}</Notice>}
    </main>
  );
}
