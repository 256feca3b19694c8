// Preview without Excel: loads the bundled sample (or a workbook the user picks; it never leaves the browser) with
// exceljs, draws it as a grid, and runs the real pane against the in-memory port. exceljs is only in this page.
import { createRoot } from 'react-dom/client';
import { useMemo, useRef, useState } from 'react';
import ExcelJS from 'exceljs';
import { Body1, Button, Caption1, FluentProvider, makeStyles, Spinner, Title3, webLightTheme } from '@fluentui/react-components';
import { Notice } from '../taskpane/Notice';
import { workbookToGrids } from '../adapters/exceljs/grid';
import { MemoryWorkbook } from '../adapters/memory/workbook';
import { Tabs } from '../taskpane/Tabs';
import { About } from '../taskpane/About';
import { ErrorBoundary } from '../taskpane/ErrorBoundary';
import { bundledSnapshot } from '../taskpane/bundled-snapshot';
import { SheetView } from './SheetView';
import { checkXlsxBytes, LIMITS, MB, zipCheckMessage } from '../adapters/exceljs/zip-check';

const SAMPLE_URL = 'samples/eksempel-2027.xlsx';

/**
 * preview.html?vaert=officejs: the pane's Office adapter on Microsoft's office.js, its requests answered by the
 * RichApi host over the workbook shown (office-mode.ts), instead of the memory port.
 */
const OFFICE_JS_MODE = new URLSearchParams(location.search).get('vaert') === 'officejs';

/** An opened workbook: its grids in memory, and the bytes it came from (what "Gem som .xlsx" replays the changes on). */
type Opened = { book: MemoryWorkbook; name: string; bytes: ArrayBuffer };

async function open(bytes: ArrayBuffer): Promise<MemoryWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return new MemoryWorkbook(workbookToGrids(wb));
}

/** Downloads the opened workbook with every change made in the preview. */
async function download(opened: Opened): Promise<void> {
  const { savedBytes, savedName } = await import(/* webpackChunkName: "preview-save" */ './save');
  const bytes = await savedBytes(opened.bytes, opened.book.changes);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = savedName(opened.name);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Side by side; at a narrow window (a phone, a 320 px test) the sheet above the pane, never overlapping. */
const useStyles = makeStyles({
  body: { display: 'flex', flex: 1, minHeight: 0, '@media (max-width: 640px)': { flexDirection: 'column', overflow: 'auto' } },
  sheet: { flex: 1, minWidth: 0, '@media (max-width: 640px)': { flex: '0 0 45vh' } },
  pane: {
    width: '320px',
    flex: '0 0 320px',
    borderLeft: '1px solid #ccc',
    overflow: 'auto',
    '@media (max-width: 640px)': { width: '100%', flex: '1 0 auto', borderLeft: 'none', borderTop: '1px solid #ccc' },
  },
});

// Longer than 80 lines, by reason: the page's header, file picking and layout in one component.
function Preview({ initial, officeMode }: { initial: Opened | { error: string }; officeMode: typeof import('./office-mode') | null }) {
  const styles = useStyles();
  const [state, setState] = useState(initial);
  /** The pane's port: the workbook itself, or office.js answered over it. */
  const port = useMemo(() => ('book' in state ? (officeMode ? officeMode.officePort(state.book).port : state.book) : null), [state, officeMode]);
  /** The file being opened; a newer pick or Annullér makes its result be thrown away. */
  const [loading, setLoading] = useState<{ name: string; id: number } | null>(null);
  const picks = useRef(0);
  /** Why a picked file was not opened; the workbook already open stays open. */
  const [refused, setRefused] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setRefused(null);
    if (file.size > LIMITS.fileBytes) {
      setRefused(`${file.name} er større end ${MB(LIMITS.fileBytes)} og åbnes ikke.`);
      return;
    }
    const id = ++picks.current;
    setLoading({ name: file.name, id });
    const current = () => picks.current === id;
    try {
      const bytes = await file.arrayBuffer();
      const check = checkXlsxBytes(new Uint8Array(bytes));
      if (!current()) return;
      if (!check.ok) {
        setRefused(zipCheckMessage(file.name, check.reason));
        return;
      }
      const book = await open(bytes);
      if (current()) setState({ book, name: file.name, bytes });
    } catch {
      if (current()) setRefused(zipCheckMessage(file.name, 'corrupt'));
    } finally {
      if (current()) setLoading(null);
    }
  };
  const cancel = () => {
    picks.current++;
    setLoading(null);
    setRefused(null);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <header style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'baseline', padding: '6px 12px', borderBottom: '1px solid #ccc' }}>
        <Title3 as="h1">Takstskema – forhåndsvisning uden Excel</Title3>
        <Caption1>{'book' in state ? state.name : ''}</Caption1>
        {officeMode && <Caption1 data-testid="vaert">Vært: office.js (excel-web-16.00) mod en RichApi-vært</Caption1>}
        <label style={{ marginLeft: 'auto' }}>
          <Body1>Åbn en anden arbejdsbog: </Body1>
          <input
            type="file"
            accept=".xlsx"
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              // The picker names no file once it is read or refused: the header names the workbook that is open.
              e.target.value = '';
            }}
          />
        </label>
        {loading && (
          <>
            <Spinner size="tiny" label={`Åbner ${loading.name} …`} />
            <Button size="small" onClick={cancel}>
              Annullér
            </Button>
          </>
        )}
      </header>
      {refused && (
        <Notice intent="error" title="Filen blev ikke åbnet">
          {refused}
        </Notice>
      )}
      {'error' in state ? (
        <Notice intent="error">{state.error}</Notice>
      ) : (
        <div className={styles.body}>
          <section aria-label="Arbejdsbogen" className={styles.sheet}>
            {/* Gem som .xlsx replays the memory port's changes; under office.js the host holds them. */}
            <SheetView book={state.book} onSave={officeMode ? undefined : () => download(state)} />
          </section>
          <aside aria-label="Opgaverude" className={styles.pane}>
            <ErrorBoundary>
              <Tabs key={state.name} port={port!} snapshot={bundledSnapshot()} />
            </ErrorBoundary>
            <About />
          </aside>
        </div>
      )}
    </div>
  );
}

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  let officeMode: typeof import('./office-mode') | null = null;
  if (OFFICE_JS_MODE) {
    officeMode = await import(/* webpackChunkName: "preview-office" */ './office-mode');
    await officeMode.loadOfficeJs();
  }
  let initial: Opened | { error: string };
  try {
    const res = await fetch(SAMPLE_URL);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const bytes = await res.arrayBuffer();
    initial = { book: await open(bytes), name: 'eksempel-2027.xlsx', bytes };
  } catch (e) {
    initial = { error: `Eksemplet kunne ikke indlæses (${(e as Error).message}). Vælg en arbejdsbog med knappen ovenfor.` };
  }
  root.render(
    <FluentProvider theme={webLightTheme} lang="da" style={{ height: '100%' }}>
      <Preview initial={initial} officeMode={officeMode} />
    </FluentProvider>,
  );
}

void main();
