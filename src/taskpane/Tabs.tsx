// The whole pane: two tabs, Kontrol (check and marks) and Udfyld (last year's figures), over one workbook port.
import { useState } from 'react';
import { Tab, TabList } from '@fluentui/react-components';
import type { WorkbookPort } from '../core/port';
import type { Snapshot } from '../core/prefill/snapshot';
import { CheckTab, type CheckTabProps } from './CheckTab';
import { PrefillPanel } from './PrefillPanel';
import { ImportPanel } from './ImportPanel';
import { ExplainPanel } from './ExplainPanel';
import { ExportPanel } from './ExportPanel';

type Tab = 'kontrol' | 'hvorfor' | 'udfyld' | 'indlaes';

export interface TabsProps extends Omit<CheckTabProps, 'port' | 'snapshot'> {
  port: WorkbookPort;
  snapshot: Snapshot;
}

export function Tabs({ port, snapshot, ...rest }: TabsProps) {
  const [tab, setTab] = useState<Tab>('kontrol');
  // A write from the import tab shows up as Fortryd in the prefill tab: remount it to read the record again.
  const [written, setWritten] = useState(0);
  // Every write of the pane's own (prefill, fill, their undo): the check re-runs, the export's links are withdrawn.
  const [generation, setGeneration] = useState(0);
  const wrote = () => setGeneration((n) => n + 1);
  return (
    <div>
      <TabList size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as Tab)} style={{ padding: '0 4px', flexWrap: 'wrap' }}>
        <Tab value="kontrol">Kontrol</Tab>
        <Tab value="hvorfor">Hvorfor?</Tab>
        <Tab value="udfyld">Udfyld sidste år</Tab>
        <Tab value="indlaes">Indlæs fra fil</Tab>
      </TabList>
      {/* Both stay mounted, so a check's results survive a look at the other tab. */}
      <div hidden={tab !== 'kontrol'}>
        <CheckTab port={port} snapshot={snapshot} generation={generation} {...rest}>
          <ExportPanel key={generation} port={port} snapshot={snapshot} />
        </CheckTab>
      </div>
      <div hidden={tab !== 'hvorfor'}>
        <ExplainPanel port={port} />
      </div>
      <div hidden={tab !== 'udfyld'}>
        <PrefillPanel key={written} port={port} snapshot={snapshot} onWritten={wrote} />
      </div>
      <div hidden={tab !== 'indlaes'}>
        <ImportPanel
          port={port}
          snapshot={snapshot}
          onWritten={() => {
            setWritten((n) => n + 1);
            wrote();
          }}
        />
      </div>
    </div>
  );
}
