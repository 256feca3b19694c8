// Applying a plan and Fortryd, alike for Udfyld sidste år and Indlæs fra fil (the work is core/workflows/apply.ts;
// the tabs keep only their view state). Fortryd compares the record with the sheet first (planUndo): a cell that
// still holds what the write put there is put back; a cell a person changed since (15 → 16) is not, unless they say
// so: the pane asks, naming the cells, before anything is written. Blocks an import added stay, and the message
// says so.
import { useState, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { Notice } from './Notice';
import { formatNumber } from '../core/format';
import type { UndoPlan, UndoRecord } from '../core/plans/undo';
import type { WorkbookPort } from '../core/port';
import { shown, type PlannedWrite } from '../core/prefill/plan';
import { applyWrites, planUndoOn, undoWrites } from '../core/workflows/apply';

export interface WriteCallbacks {
  busy(what: string): void;
  /** The write or the undo is done: what to say, and the record of a write (null after an undo). */
  done(text: string, record: UndoRecord | null): void;
  failed(e: unknown): void;
  /** Back to no status while the question is shown. */
  idle(): void;
  /** After the write, so the other tabs re-check. */
  written?(): void;
}

const cells = (n: number) => `${formatNumber(n)} ${n === 1 ? 'celle' : 'celler'}`;

/** What Fortryd did, in one sentence or three. */
export function revertMessage(restored: number, kept: number, addedBlocks = 0): string {
  const parts = [`Fortrudt: ${cells(restored)} har ${restored === 1 ? 'sit' : 'deres'} tidligere indhold igen.`];
  if (kept > 0) parts.push(`${cells(kept)}, du har ændret siden udfyldningen, er beholdt.`);
  if (addedBlocks > 0)
    parts.push(
      `De ${formatNumber(addedBlocks)} blokke, indlæsningen tilføjede, bliver stående, fordi Fortryd kun sætter celler tilbage: slet dem i Excel, hvis de ikke skal bruges.`,
    );
  return parts.join(' ');
}

export interface Writes {
  /** Writes the chosen cells with their undo record; `said(n)` is the message for n cells written. */
  apply(action: 'prefill' | 'fill', writes: PlannedWrite[], said: (n: string) => string, addedBlocks?: number): Promise<void>;
  /** Fortryd of this record, or of the one kept in the workbook. */
  revert(record?: UndoRecord | null): Promise<void>;
  /** The question about cells changed since the write, while it is asked. */
  question: ReactNode;
}

export function useWrites(port: WorkbookPort, on: WriteCallbacks): Writes {
  const [asking, setAsking] = useState<{ record: UndoRecord; plan: UndoPlan } | null>(null);

  const apply = async (action: 'prefill' | 'fill', writes: PlannedWrite[], said: (n: string) => string, addedBlocks = 0) => {
    on.busy(`Udfylder ${formatNumber(writes.length)} celler …`);
    try {
      const record = await applyWrites(port, action, writes, addedBlocks);
      on.written?.();
      on.done(said(formatNumber(writes.length)), record);
    } catch (e) {
      on.failed(e);
    }
  };

  const finish = async (record: UndoRecord, plan: UndoPlan, keepChanged: boolean) => {
    setAsking(null);
    on.busy('Fortryder …');
    try {
      const restored = await undoWrites(port, record, plan, keepChanged);
      on.written?.();
      on.done(revertMessage(restored, keepChanged ? plan.changed.length : 0, record.addedBlocks ?? 0), null);
    } catch (e) {
      on.failed(e);
    }
  };

  const revert = async (given?: UndoRecord | null) => {
    on.busy('Fortryder …');
    try {
      const found = await planUndoOn(port, given);
      if (!found) {
        on.done('Der er ingen udfyldning at fortryde.', null);
        return;
      }
      if (found.plan.changed.length === 0) return void (await finish(found.record, found.plan, true));
      setAsking(found);
      on.idle();
    } catch (e) {
      on.failed(e);
    }
  };

  const question = asking && (
    <Notice intent="warning" title={`${cells(asking.plan.changed.length)} er ændret siden udfyldningen`}>
      <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
        {asking.plan.changed.slice(0, 10).map((c) => (
          <li key={`${c.sheet}!${c.cell}`}>
            {c.sheet}!{c.cell}: udfyldt {shown(c.written)}, nu {shown(c.now)}
          </li>
        ))}
        {asking.plan.changed.length > 10 && <li>… og {cells(asking.plan.changed.length - 10)} mere</li>}
      </ul>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Button appearance="primary" size="small" onClick={() => void finish(asking.record, asking.plan, true)}>
          Behold mine ændringer
        </Button>
        <Button size="small" onClick={() => void finish(asking.record, asking.plan, false)}>
          Fortryd alligevel
        </Button>
        <Button size="small" appearance="subtle" onClick={() => setAsking(null)}>
          Annullér
        </Button>
      </div>
    </Notice>
  );
  return { apply, revert, question };
}
