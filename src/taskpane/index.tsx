// The task pane's entry in Excel: waits for Office, checks the host and requirement set, connects the Office.js
// adapter and mounts the pane. exceljs is not imported here: the pane's bundle carries only React, Fluent and the core.
import { createRoot } from 'react-dom/client';
import { Body1 } from '@fluentui/react-components';
import { Notice } from './Notice';
import { OfficeWorkbook } from '../adapters/office/workbook';
import { Frame } from './Frame';
import { describeError, logError } from './errors';
import { Tabs } from './Tabs';
import { bundledSnapshot } from './bundled-snapshot';
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
  const port = new OfficeWorkbook();
  try {
    await port.connect();
  } catch (e) {
    logError(e);
    render(problem('Arbejdsbogen kunne ikke læses', describeError(e)));
    return;
  }
  render(<Tabs port={port} snapshot={bundledSnapshot()} autoCheck={loadAutoCheck()} onAutoCheckChange={saveAutoCheck} />);
}

if (typeof Office !== 'undefined') void Office.onReady(start);
else render(<Body1 style={{ padding: 12 }}>Office.js kunne ikke indlæses. Åbn ruden fra Excel.</Body1>);
