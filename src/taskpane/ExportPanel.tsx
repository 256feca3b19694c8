// "Eksportér": the clean export for the secretariat from the open workbook, as JSON and CSV downloads (the same
// contract as `takst export`); refused while the sheet has errors unless the user exports anyway.
import { subscribeEdits } from './edits';
import { useEffect, useState } from 'react';
import { Body1, Button, Caption1, Link, makeStyles, Spinner } from '@fluentui/react-components';
import { Notice } from './Notice';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { buildExport } from '../core/export/build-export';
import { exportStem } from '../core/export/file-name';
import { toCsv } from '../core/export/tidy-export';
import { formatNumber } from '../core/format';
import { readWorkbook } from '../core/layout/discover';
import type { WorkbookPort } from '../core/port';
import type { Snapshot } from '../core/model/snapshot';
import { validateWorkbook } from '../core/rules/runner';
import { describeError, logError } from './errors';
import pkg from '../../package.json';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '8px', padding: '12px', minWidth: 0 },
  links: { display: 'flex', flexWrap: 'wrap', gap: '12px' },
});

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'errors'; count: number }
  | { kind: 'done'; json: string; csv: string; rows: number; forced: boolean; stem: string; driftsherre: string | null }
  | { kind: 'failed'; message: string };

// Longer than 80 lines, by reason: the tab's view state and JSX (the export itself is core/export).
export function ExportPanel({ port, snapshot }: { port: WorkbookPort; snapshot: Snapshot }) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [urls, setUrls] = useState<{ json: string; csv: string } | null>(null);

  useEffect(
    () => () => {
      if (urls) [urls.json, urls.csv].forEach((u) => URL.revokeObjectURL(u));
    },
    [urls],
  );

  // An edit makes an export stale: its links are withdrawn until the user exports again.
  useEffect(
    () =>
      subscribeEdits(port, () => {
        setState((s) => (s.kind === 'done' ? { kind: 'idle' } : s));
        setUrls(null);
      }),
    [port],
  );

  const run = async (force: boolean) => {
    setState({ kind: 'busy' });
    try {
      const grids = await port.readGrids();
      const model = readWorkbook(grids);
      if (model.sheets.length === 0) {
        setState({ kind: 'failed', message: 'Den aktive arbejdsbog har intet takstskema at eksportere.' });
        return;
      }
      const result = validateWorkbook(model, undefined, { snapshot });
      if (result.summary.errors > 0 && !force) {
        setState({ kind: 'errors', count: result.summary.errors });
        return;
      }
      // In Excel there are no file bytes to hash: the export names the workbook's content (its cells) instead.
      const content = bytesToHex(sha256(utf8ToBytes(JSON.stringify(grids))));
      const e = buildExport(model, result, { name: model.sheets[0].sheet, sha256: content, productVersion: pkg.version }, snapshot, result.summary.errors > 0);
      const json = `${JSON.stringify(e, null, 2)}\n`;
      const csv = toCsv(e.rows);
      setUrls({
        json: URL.createObjectURL(new Blob([json], { type: 'application/json' })),
        csv: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })),
      });
      setState({ kind: 'done', json, csv, rows: e.rows.length, forced: e.metadata.forced, stem: exportStem(e), driftsherre: e.metadata.driftsherre });
    } catch (e) {
      logError(e);
      setState({ kind: 'failed', message: describeError(e) });
    }
  };

  return (
    <section className={styles.root} aria-label="Eksportér til sekretariatet">
      <Body1>Eksportér skemaet til sekretariatet: en fil med alle blokkens tal, kontrollens fund og forklaringerne.</Body1>
      <div>
        <Button onClick={() => void run(false)} disabled={state.kind === 'busy'}>
          Eksportér
        </Button>
      </div>
      {state.kind === 'busy' && <Spinner size="tiny" label="Eksporterer …" />}
      {state.kind === 'errors' && (
        <Notice intent="warning">
          Skemaet har {formatNumber(state.count)} fejl. Ret dem (se Kontrol), eller{' '}
          <Button size="small" onClick={() => void run(true)}>
            Eksportér alligevel
          </Button>{' '}
          – så står fejlene med i eksporten.
        </Notice>
      )}
      {state.kind === 'failed' && <Notice intent="error">{state.message}</Notice>}
      {state.kind === 'done' && urls && (
        <>
          <Body1>
            {formatNumber(state.rows)} rækker eksporteret{state.forced ? ' med fejlene' : ''}.
          </Body1>
          <div className={styles.links}>
            <Link href={urls.json} download={`${state.stem}.json`}>
              Hent {state.stem}.json
            </Link>
            <Link href={urls.csv} download={`${state.stem}.csv`}>
              Hent {state.stem}.csv
            </Link>
          </div>
          <Caption1>
            Send JSON-filen til sekretariatet: den har tallene, kontrollens fund og forklaringerne. CSV-filen er den samme tabel til jeres eget brug i Excel.
          </Caption1>
        </>
      )}
      <Caption1>
        Sekretariatet samler alle driftsherrers filer til takstbilaget og gennemgangslisten med kommandoen <code>takst consolidate</code> (
        <Link href="hjaelp.html" target="_blank" rel="noopener">
          se hjælpen
        </Link>
        ), ikke her i ruden.
      </Caption1>
    </section>
  );
}
