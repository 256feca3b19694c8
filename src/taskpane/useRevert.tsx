// Fortryd, alike for Udfyld sidste år and Indlæs fra fil: the record is compared with the sheet first (planUndo). A
// cell that still holds what the write put there is put back; a cell a person changed since (15 → 16) is not, unless
// they say so: the pane asks, naming the cells, before anything is written. Blocks an import added stay, and the
// message says so.
import { useState, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { Notice } from './Notice';
import { formatNumber } from '../core/format';
import { planUndo, restoreWrites, type UndoPlan, type UndoRecord } from '../core/plans/undo';
import type { WorkbookPort } from '../core/port';
import { shown } from '../core/prefill/plan';

export interface RevertCallbacks {
  busy(what: string): void;
  done(text: string): void;
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

export function useRevert(port: WorkbookPort, on: RevertCallbacks): { revert: (record?: UndoRecord | null) => Promise<void>; question: ReactNode } {
  const [asking, setAsking] = useState<{ record: UndoRecord; plan: UndoPlan } | null>(null);

  const finish = async (record: UndoRecord, plan: UndoPlan, keepChanged: boolean) => {
    setAsking(null);
    on.busy('Fortryder …');
    try {
      const writes = keepChanged ? plan.restore : restoreWrites(record);
      await port.write(writes, null);
      on.written?.();
      on.done(revertMessage(writes.length, keepChanged ? plan.changed.length : 0, record.addedBlocks ?? 0));
    } catch (e) {
      on.failed(e);
    }
  };

  const revert = async (given?: UndoRecord | null) => {
    on.busy('Fortryder …');
    try {
      const record = given ?? (await port.readUndo());
      if (!record) {
        on.done('Der er ingen udfyldning at fortryde.');
        return;
      }
      const plan = planUndo(record, await port.readGrids());
      if (plan.changed.length === 0) return void (await finish(record, plan, true));
      setAsking({ record, plan });
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
  return { revert, question };
}
