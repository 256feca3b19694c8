// "Hvorfor?": every block's rate change split into P/L, real growth, overhead, regulering, places and occupancy,
// as a sentence, a small waterfall and each rate's own part; a block without the figures says why.
import { useEffect, useState } from 'react';
import { subscribeEdits } from './edits';
import { Body1, Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { Notice } from './Notice';
import { explainSheet, signed, type Explanation } from '../core/explain/explain';
import { readWorkbook } from '../core/layout/discover';
import type { WorkbookPort } from '../core/port';
import { describeError, logError } from './errors';
import { Waterfall } from './Waterfall';
import { offerName } from '../core/model/queries';
import { formatNumber } from '../core/format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', padding: '12px', minWidth: 0 },
  block: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '8px',
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: '18px' },
});

type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; items: Array<Explanation & { years: [string, string] }> } | { kind: 'failed'; message: string };

// Longer than 80 lines, by reason: the tab's view state and JSX (the decomposition is core/explain).
export function ExplainPanel({ port }: { port: WorkbookPort }) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  /** The sheet changed after the explanation was made: it says so until it is made again. */
  const [stale, setStale] = useState(false);
  useEffect(() => subscribeEdits(port, () => setStale(true)), [port]);
  const run = async () => {
    setState({ kind: 'busy' });
    setStale(false);
    try {
      const model = readWorkbook(await port.readGrids());
      if (model.sheets.length === 0) {
        setState({ kind: 'failed', message: 'Den aktive arbejdsbog har intet takstskema.' });
        return;
      }
      const items = model.sheets.flatMap((s) =>
        explainSheet(s).map((e) => {
          const b = s.blocks[e.block];
          return { ...e, years: [String(b.y1?.year.value ?? 'år 1'), String(b.y2?.year.value ?? 'år 2')] as [string, string] };
        }),
      );
      setState({ kind: 'done', items });
    } catch (e) {
      logError(e);
      setState({ kind: 'failed', message: describeError(e) });
    }
  };
  return (
    <section className={styles.root} aria-label="Hvorfor ændrer taksten sig?">
      <Body1>
        Deler hver bloks takstændring op i P/L, reel vækst, overhead, regulering, pladser og belægning (i procentpoint, så delene summerer til ændringen).
      </Body1>
      <div>
        <Button appearance="primary" onClick={() => void run()} disabled={state.kind === 'busy'}>
          Forklar ændringerne
        </Button>
      </div>
      {state.kind === 'busy' && <Spinner size="tiny" label="Beregner …" />}
      {state.kind === 'done' && stale && (
        <Notice intent="warning" title="Forældet">
          Arket er ændret, siden forklaringen blev lavet: tallene herunder kan være forkerte.{' '}
          <Button size="small" onClick={() => void run()}>
            Forklar igen
          </Button>
        </Notice>
      )}
      {state.kind === 'failed' && <Notice intent="error">{state.message}</Notice>}
      {state.kind === 'done' && (
        <>
          {state.items
            .filter((e) => e.components && e.total !== null)
            .map((e) => (
              <article key={`${e.sheet}-${e.block}`} className={styles.block} aria-label={`Blok ${e.block + 1}`}>
                <Subtitle2 as="h2">
                  Blok {e.block + 1}: {offerName(e.tilbud, e.afdeling, ' – ') || 'uden navn'}
                </Subtitle2>
                <Body1>{e.sentence}</Body1>
                <Caption1 className={styles.meta}>
                  Måler:{' '}
                  {e.carrier
                    ? `${e.carrier.name}, den takst budgettet giver (budget ÷ pladser × belægning × 365)`
                    : 'budgettet pr. belagt plads (budget ÷ pladser × belægning × 365), da ingen takst er netop den'}
                  .
                </Caption1>
                <Waterfall components={e.components!} total={e.total!} from={e.years[0]} to={e.years[1]} />
                {e.levels.map((l) => (
                  <Caption1 key={l.name} className={styles.meta}>
                    {l.name}: {signed(l.change)} % (heraf niveauets egen del {signed(l.specific)} procentpoint)
                  </Caption1>
                ))}
              </article>
            ))}
          {(() => {
            const quiet = state.items.filter((e) => !(e.components && e.total !== null));
            if (quiet.length === 0) return null;
            return (
              <details className={styles.block}>
                <summary>
                  {formatNumber(quiet.length)} {quiet.length === 1 ? 'blok' : 'blokke'} uden noget at forklare
                </summary>
                <ul className={styles.list}>
                  {quiet.map((e) => (
                    <li key={`${e.sheet}-${e.block}`}>
                      Blok {e.block + 1}: {offerName(e.tilbud, e.afdeling, ' – ') || 'uden navn'}: {e.reason}
                    </li>
                  ))}
                </ul>
              </details>
            );
          })()}
        </>
      )}
    </section>
  );
}
