// The whole pane: the tabs over one workbook port. Kontrol is in the first chunk; Hvorfor?, Udfyld sidste år and
// Indlæs fra fil are loaded when first opened (and stay mounted after), so the pane opens light.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Spinner } from '@fluentui/react-components';
import { TabBar } from './TabBar';
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
function Panel({ id, shown, opened, children }: { id: TabId; shown: boolean; opened: boolean; children: ReactNode }) {
  return (
    <div hidden={!shown} role="tabpanel" id={`rude-${id}`} aria-labelledby={`rude-${id}-tab`}>
      {opened && (
        <ErrorBoundary>
          <Suspense fallback={<Spinner size="tiny" label="Indlæser …" />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}

/** The pane's tabs by their value. */
type TabId = 'kontrol' | 'hvorfor' | 'udfyld' | 'indlaes';

const TABS: ReadonlyArray<{ id: TabId; label: string }> = [
  { id: 'kontrol', label: 'Kontrol' },
  { id: 'hvorfor', label: 'Hvorfor?' },
  { id: 'udfyld', label: 'Udfyld sidste år' },
  { id: 'indlaes', label: 'Indlæs fra fil' },
];

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
      <TabBar
        idPrefix="rude"
        tabs={TABS}
        selected={tab}
        onSelect={(id) => {
          setTab(id);
          setOpened((prev) => new Set([...prev, id]));
        }}
      />
      {/* Every opened tab stays mounted, so a check's results survive a look at another tab. */}
      <div hidden={tab !== 'kontrol'} role="tabpanel" id="rude-kontrol" aria-labelledby="rude-kontrol-tab">
        <CheckTab port={port} snapshot={snapshot} generation={generation} {...rest}>
          <ErrorBoundary>
            <Suspense fallback={<Spinner size="tiny" label="Indlæser eksport …" />}>
              <ExportPanel key={generation} port={port} snapshot={snapshot} />
            </Suspense>
          </ErrorBoundary>
        </CheckTab>
      </div>
      <Panel id="hvorfor" shown={tab === 'hvorfor'} opened={opened.has('hvorfor')}>
        <ExplainPanel port={port} />
      </Panel>
      <Panel id="udfyld" shown={tab === 'udfyld'} opened={opened.has('udfyld')}>
        <PrefillPanel key={written} port={port} snapshot={snapshot} onWritten={wrote} />
      </Panel>
      <Panel id="indlaes" shown={tab === 'indlaes'} opened={opened.has('indlaes')}>
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
