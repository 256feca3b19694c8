// The task pane's entry in Excel: waits for Office, checks the host and requirement set, connects the Office.js
// adapter and mounts the pane. exceljs is not imported here; the Office adapter and the core come in the engine's
// chunk (engine.ts), which loads while Office.js starts.
import { createRoot } from 'react-dom/client';
import { Body1 } from '@fluentui/react-components';
import { Notice } from './Notice';
import { Frame } from './Frame';
import { isChunkLoadError, ReloadMessage } from './ErrorBoundary';
import { describeError, logError } from './errors';
import { Tabs } from './Tabs';
import { loadEngine, type Engine } from './engine';
import type { Snapshot } from '../core/model/snapshot';
import { loadAutoCheck, saveAutoCheck } from './preferences';

function render(node: React.ReactNode): void {
  const el = document.getElementById('root');
  if (el) createRoot(el).render(<Frame>{node}</Frame>);
}

function problem(title: string, text: string): React.ReactNode {
  return (
    <div style={{ padding: 12 }}>
      <Notice intent="warning" title={title}>
        {text}
      </Notice>
    </div>
  );
}

async function start(info: { host: Office.HostType | null }): Promise<void> {
  if (info.host !== Office.HostType.Excel) {
    render(problem('Kun i Excel', 'Tilføjelsesprogrammet til takstskemaet kører i Excel. Åbn takstskemaet i Excel, og start det fra fanen Hjem.'));
    return;
  }
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) {
    render(problem('Excel er for gammel', 'Kræver Excel 2021, Excel LTSC 2024, Microsoft 365 (Windows eller Mac) eller Excel på nettet.'));
    return;
  }
  // Requested when the script started (below); by now it has usually arrived.
  let loaded: Engine;
  let snapshot: Snapshot;
  try {
    loaded = await engine;
    snapshot = loaded.bundledSnapshot();
  } catch (e) {
    logError(e);
    // A new release removed the engine's chunk: say so, with Genindlæs, as every tab does.
    render(isChunkLoadError(e) ? <ReloadMessage error={e} /> : problem('Ruden kunne ikke indlæses', describeError(e)));
    return;
  }
  const port = new loaded.OfficeWorkbook();
  try {
    await port.connect();
  } catch (e) {
    logError(e);
    render(problem('Arbejdsbogen kunne ikke læses', describeError(e)));
    return;
  }
  render(<Tabs port={port} snapshot={snapshot} autoCheck={loadAutoCheck()} onAutoCheckChange={saveAutoCheck} />);
}

// The check's engine loads in parallel with Office.js and the workbook's connection.
const engine = loadEngine();
void engine.catch(() => undefined); // reported by start(), not as an unhandled rejection

if (typeof Office !== 'undefined') void Office.onReady(start);
else render(<Body1 style={{ padding: 12 }}>Office.js kunne ikke indlæses. Åbn ruden fra Excel.</Body1>);
