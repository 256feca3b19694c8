// The plan before anything is written: offers matched or given a new block, cells to fill, cells that hold
// another value (ticked one by one, or all), and the apply/cancel buttons. Shared by prefill and batch fill.
import type { ReactNode } from 'react';
import { Body1, Button, Checkbox, makeStyles, Subtitle2 } from '@fluentui/react-components';
import { Notice } from './Notice';
import { formatNumber } from '../core/format';
import { shown, type PlannedWrite, type PrefillPlan } from '../core/prefill/plan';
import { offerName } from '../core/model/queries';

const HOW: Record<string, string> = { exact: 'samme navn', similar: 'lignende navn – tjek', 'new-block': 'ny blok' };

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', overflowWrap: 'anywhere' },
  conflict: { display: 'block', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  summary: { margin: '4px 0', display: 'block' },
  heading: { display: 'block', margin: '8px 0 0 0' },
});

export const writeKey = (w: PlannedWrite) => `${w.sheet}!${w.cell}`;

export interface PlanReviewProps {
  plans: PrefillPlan[];
  chosen: ReadonlySet<string>;
  onChosen: (next: ReadonlySet<string>) => void;
  onApply: () => void;
  onCancel: () => void;
  /** Where the new values come from, in the conflict lines ("sidste år", "udtrækket"). */
  source?: string;
  /** Shown under the plan (the batch fill's reconciliation). */
  children?: ReactNode;
}

// Longer than 80 lines, by reason: the plan's JSX, section by section (matches, conflicts, unplaced).
export function PlanReview({ plans, chosen, onChosen, onApply, onCancel, source = 'sidste år', children }: PlanReviewProps) {
  const styles = useStyles();
  const key = writeKey;
  const setChosen = (f: (prev: ReadonlySet<string>) => ReadonlySet<string>) => onChosen(f(chosen));
  const conflicts = plans.flatMap((p) => p.conflicts);
  const toWrite = plans.reduce((n, p) => n + p.writes.length, 0) + conflicts.filter((c) => chosen.has(key(c))).length;
  const actions = (
    <div className={styles.actions}>
      <Button appearance="primary" onClick={onApply} disabled={toWrite === 0}>
        Udfyld {formatNumber(toWrite)} celler
      </Button>
      <Button onClick={onCancel}>Annullér</Button>
    </div>
  );
  return (
    <>
      {/* The action first: at region size the details run long, and the button must not be at their end. */}
      {actions}
      {plans.map((p) => {
        const count = (how: string) => p.matches.filter((m) => m.how === how).length;
        const similar = p.matches.filter((m) => m.how === 'similar');
        const unplacedByReason = [...p.unplaced.reduce((m, u) => m.set(u.reason, [...(m.get(u.reason) ?? []), u.offer.tilbud]), new Map<string, string[]>())];
        return (
          <div key={p.sheet}>
            <Subtitle2 as="h2" className={styles.heading}>
              {p.sheet}: {p.driftsherre ?? 'ingen driftsherre'}
            </Subtitle2>
            {p.reason ? (
              <Notice intent="warning">{p.reason}</Notice>
            ) : (
              <>
                <Body1 as="p" className={styles.summary}>
                  {formatNumber(p.matches.length)} tilbud: {formatNumber(count('exact'))} med samme navn, {formatNumber(similar.length)} med lignende navn,{' '}
                  {formatNumber(count('new-block'))} i nye blokke. {formatNumber(p.writes.length)} tomme celler udfyldes; {formatNumber(p.unchanged)} har
                  allerede tallet; {formatNumber(p.conflicts.length)} har et andet tal.
                </Body1>
                {similar.length > 0 && (
                  <ul className={styles.list} aria-label="Tjek navnene">
                    {similar.map((m) => (
                      <li key={`${m.block}`}>
                        {offerName(m.offer.tilbud, m.offer.afdeling, ' – ')} → blok {formatNumber(m.block + 1)} ({HOW[m.how]})
                      </li>
                    ))}
                  </ul>
                )}
                {p.writes.some((w) => w.block < 0) && (
                  <ul className={styles.list} aria-label="Arkets hoved">
                    {p.writes
                      .filter((w) => w.block < 0)
                      .map((w) => (
                        <li key={w.cell}>
                          Arkets hoved, {w.cell}: {w.field}
                        </li>
                      ))}
                  </ul>
                )}
                {unplacedByReason.map(([reason, names]) => (
                  <Notice key={reason} intent="warning" title={`${formatNumber(names.length)} tilbud er ikke med`}>
                    {reason} ({names.slice(0, 3).join(', ')}
                    {names.length > 3 ? ` og ${formatNumber(names.length - 3)} flere` : ''})
                  </Notice>
                ))}
                <details>
                  <summary>Vis alle {formatNumber(p.matches.length)} tilbud og deres blokke</summary>
                  <ul className={styles.list} aria-label="Tilbud">
                    {p.matches.map((m) => (
                      <li key={`${m.block}`}>
                        {offerName(m.offer.tilbud, m.offer.afdeling, ' – ')} → blok {formatNumber(m.block + 1)} ({HOW[m.how]}){m.note ? `: ${m.note}` : ''}
                      </li>
                    ))}
                  </ul>
                </details>
              </>
            )}
          </div>
        );
      })}
      {conflicts.length > 0 && (
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend>
            <Subtitle2>Celler med et andet tal end {source} (overskrives kun, hvis du vælger dem)</Subtitle2>
          </legend>
          <Checkbox
            label="Vælg alle"
            checked={chosen.size === conflicts.length ? true : chosen.size === 0 ? false : 'mixed'}
            onChange={(_, d) => onChosen(d.checked === true ? new Set(conflicts.map(key)) : new Set<string>())}
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
              label={`${c.cell} · ${c.blockName}, ${c.field}: står ${shown(c.before)}, ${source} ${shown(c.value)}`}
            />
          ))}
        </fieldset>
      )}
      {children}
    </>
  );
}
