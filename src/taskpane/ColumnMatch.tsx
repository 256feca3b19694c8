// The matching step for a table without a mapping file: one dropdown per field, guessed from the header texts (the
// skema's own synonyms), remembered for the next file with the same headers, and downloadable as the CLI's
// mapping file (kolonner.json).
import { useEffect, useMemo, useState } from 'react';
import { Body1, Button, Caption1, Field, makeStyles, Select } from '@fluentui/react-components';
import { guessColumns } from '../core/import/guess';
import { FIELDS, type Mapping, type TidyField } from '../core/import/tidy';
import { figureLabel } from '../core/model/figures';
import { loadMapping } from './preferences';

const LABELS: Partial<Record<TidyField, string>> = {
  driftsherre: 'Driftsherre',
  tilbud: 'Tilbud (skal vælges)',
  afdeling: 'Afdeling',
  paragraf: '§§',
  enhed: 'Enhed',
  year: 'År (skal vælges)',
  pladser: figureLabel('pladser'),
  belaegning: figureLabel('belaegning'),
  budget: figureLabel('budget'),
  regulering: figureLabel('regulering'),
  oh: figureLabel('oh'),
  basis: figureLabel('basis'),
  time: figureLabel('time'),
  level: 'Niveau (med Takst: én række pr. niveau)',
  rate: 'Takst (med Niveau)',
  bemaerkning: 'Bemærkning',
};

/** A field's Danish label: never the internal name ("takst3" is "Takst 3"). */
export function fieldLabel(f: TidyField): string {
  const level = /^takst(\d+)$/.exec(f);
  return LABELS[f] ?? (level ? `Takst ${level[1]}` : f.charAt(0).toUpperCase() + f.slice(1));
}

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: '6px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
});

export function ColumnMatch({ headers, onUse, onCancel }: { headers: string[]; onUse: (columns: Mapping['columns']) => void; onCancel: () => void }) {
  const styles = useStyles();
  const initial = useMemo(() => loadMapping(headers) ?? guessColumns(headers), [headers]);
  // Field → the header chosen for it ('' for none).
  const [byField, setByField] = useState<Record<string, string>>(() =>
    Object.fromEntries(FIELDS.map((f) => [f, Object.entries(initial).find(([, v]) => v === f)?.[0] ?? ''])),
  );
  const columns = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(byField)
          .filter(([, h]) => h)
          .map(([f, h]) => [h, f]),
      ) as Mapping['columns'],
    [byField],
  );
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const u = URL.createObjectURL(new Blob([`${JSON.stringify({ columns, locale: 'da' }, null, 2)}\n`], { type: 'application/json' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [columns]);
  const shown = FIELDS.filter((f) => LABELS[f] !== undefined || byField[f]);
  return (
    <section aria-label="Kolonner i tabellen">
      <Body1>Tabellen har ingen kolonneoversættelse. Vælg, hvilken kolonne der er hvad (gættet ud fra overskrifterne):</Body1>
      <div className={styles.grid}>
        {shown.map((f) => (
          <Field key={f} label={fieldLabel(f)}>
            <Select name={f} value={byField[f]} onChange={(_, d) => setByField((prev) => ({ ...prev, [f]: d.value }))}>
              <option value="">(ingen)</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <Caption1>Takst 1 … Takst 10 som kolonner findes også: de gættes, når overskrifterne hedder sådan.</Caption1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onUse(columns)} disabled={!byField.tilbud || !byField.year}>
          Brug kolonnerne
        </Button>
        <Button onClick={onCancel}>Annullér</Button>
        {url && (
          <a href={url} download="kolonner.json">
            Gem valget som fil (kolonner.json), så det kan bruges igen
          </a>
        )}
      </div>
    </section>
  );
}
