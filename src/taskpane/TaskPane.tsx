// The whole pane: two tabs, Kontrol (check and marks) and Udfyld (last year's figures), over one workbook port.
import { useState } from 'react';
import { Tab, TabList } from '@fluentui/react-components';
import type { WorkbookPort } from '../core/port';
import type { Snapshot } from '../core/prefill/snapshot';
import { Pane, type PaneProps } from './Pane';
import { PrefillPanel } from './PrefillPanel';

export interface TaskPaneProps extends Omit<PaneProps, 'port' | 'snapshot'> {
  port: WorkbookPort;
  snapshot: Snapshot;
}

export function TaskPane({ port, snapshot, ...rest }: TaskPaneProps) {
  const [tab, setTab] = useState<'kontrol' | 'udfyld'>('kontrol');
  return (
    <div>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'kontrol' | 'udfyld')} style={{ padding: '0 4px' }}>
        <Tab value="kontrol">Kontrol</Tab>
        <Tab value="udfyld">Udfyld sidste år</Tab>
      </TabList>
      {/* Both stay mounted, so a check's results survive a look at the other tab. */}
      <div hidden={tab !== 'kontrol'}>
        <Pane port={port} snapshot={snapshot} {...rest} />
      </div>
      <div hidden={tab !== 'udfyld'}>
        <PrefillPanel port={port} snapshot={snapshot} />
      </div>
    </div>
  );
}
