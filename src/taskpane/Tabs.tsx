// The whole pane: the tabs over one workbook port. Kontrol is in the first chunk; Hvorfor?, Udfyld sidste år and
// Indlæs fra fil are loaded when first opened (and stay mounted after), so the pane opens light.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Spinner, Tab, TabList } from '@fluentui/react-components';
import type { WorkbookPort } from '../core/port';
import type { Snapshot } from '../core/model/snapshot';
import { CheckTab, type CheckTabProps } from './CheckTab';
import { ErrorBoundary } from './ErrorBoundary';

const ExportPanel = lazy(() => import(/* webpackChunkName: "export" */ './ExportPanel').then((m) => ({ default: m.ExportPanel })));
const ExplainPanel = lazy(() => import(/* webpackChunkName: "tab-hvorfor" */ './ExplainPanel').then((m) => ({ default: m.ExplainPanel })));
const PrefillPanel = lazy(() => import(/* webpackChunkName: "tab-udfyld" */ './PrefillPanel').then((m) => ({ default: m.PrefillPanel })));
const ImportPanel = lazy(() => import(/* webpackChunkName: "tab-indlaes" */ './ImportPanel').then((m) => ({ default: m.ImportPanel })));

/**
 * A tab's panel, mounted from its first opening on (hidden when another tab is chosen). A chunk that cannot load or a
 * failure while drawing shows the reload message in the panel; the other tabs go on.
 */
function Panel({ shown, opened, children }: { shown: boolean; opened: boolean; children: ReactNode }) {
  return (
    <div hidden={!shown}>
      {opened && (
        <ErrorBoundary>
          <Suspense fallback={<Spinner size="tiny" label="Indlæser …" />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}

/** The pane's tabs by their value (not Fluent's Tab, the component that draws one). */
type TabId = 'kontrol' | 'hvorfor' | 'udfyld' | 'indlaes';

export interface TabsProps extends Omit<CheckTabProps, 'port' | 'snapshot'> {
  port: WorkbookPort;
  snapshot: Snapshot;
}

export function Tabs({ port, snapshot, ...rest }: TabsProps) {
  const [tab, setTab] = useState<TabId>('kontrol');
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(new Set(['kontrol']));
  // A write from the import tab shows up as Fortryd in the prefill tab: remount it to read the record again.
  const [written, setWritten] = useState(0);
  // Every write of the pane's own (prefill, fill, their undo): the check re-runs, the export's links are withdrawn.
  const [generation, setGeneration] = useState(0);
  const wrote = () => setGeneration((n) => n + 1);
  return (
    <div>
      <TabList
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => {
          setTab(d.value as TabId);
          setOpened((prev) => new Set([...prev, d.value as TabId]));
        }}
        style={{ padding: '0 4px', flexWrap: 'wrap' }}
      >
        <Tab value="kontrol">Kontrol</Tab>
        <Tab value="hvorfor">Hvorfor?</Tab>
        <Tab value="udfyld">Udfyld sidste år</Tab>
        <Tab value="indlaes">Indlæs fra fil</Tab>
      </TabList>
      {/* Every opened tab stays mounted, so a check's results survive a look at another tab. */}
      <div hidden={tab !== 'kontrol'}>
        <CheckTab port={port} snapshot={snapshot} generation={generation} {...rest}>
          <ErrorBoundary>
            <Suspense fallback={<Spinner size="tiny" label="Indlæser eksport …" />}>
              <ExportPanel key={generation} port={port} snapshot={snapshot} />
            </Suspense>
          </ErrorBoundary>
        </CheckTab>
      </div>
      <Panel shown={tab === 'hvorfor'} opened={opened.has('hvorfor')}>
        <ExplainPanel port={port} />
      </Panel>
      <Panel shown={tab === 'udfyld'} opened={opened.has('udfyld')}>
        <PrefillPanel key={written} port={port} snapshot={snapshot} onWritten={wrote} />
      </Panel>
      <Panel shown={tab === 'indlaes'} opened={opened.has('indlaes')}>
        <ImportPanel
          port={port}
          snapshot={snapshot}
          onWritten={() => {
            setWritten((n) => n + 1);
            wrote();
          }}
        />
      </Panel>
    </div>
  );
}
