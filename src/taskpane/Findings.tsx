// The Kontrol tab's findings: the counts by severity ("Vis kun": nothing chosen shows all) and the findings grouped
// by block, each a button that selects its cell. No rule id is shown (the export's Kontrol sheet keeps it). In the engine's chunk ("kontrol"): there are findings only once the engine ran.
import { useMemo, useState } from 'react';
import { Body1, Caption1, makeStyles, Subtitle2, Text, ToggleButton, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../core/rules/types';
import { countLabel, filterFindings, groupFindings, SEVERITIES, SEVERITY_LABEL } from './view';

const SEVERITY_COLORS: Record<Severity, { bg: string; fg: string }> = {
  error: { bg: tokens.colorPaletteRedBackground2, fg: tokens.colorPaletteRedForeground2 },
  warning: { bg: tokens.colorPaletteYellowBackground2, fg: tokens.colorPaletteDarkOrangeForeground2 },
  info: { bg: tokens.colorPaletteLavenderBackground2, fg: tokens.colorPaletteGrapeForeground2 },
};

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  onlyLabel: { color: tokens.colorNeutralForeground3 },
  group: { display: 'flex', flexDirection: 'column', rowGap: '4px' },
  groupTitle: { margin: '8px 0 0 0', overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '4px' },
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: { border: `2px solid ${tokens.colorBrandStroke1}` },
  tag: { display: 'inline-block', padding: '0 6px', marginRight: '6px', borderRadius: tokens.borderRadiusSmall, fontWeight: tokens.fontWeightSemibold },
  meta: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export interface FindingsProps {
  findings: Finding[];
  /** Group titles name the sheet too. */
  multiSheet: boolean;
  /** "Ark!A1" of the finding last clicked. */
  selected: string | null;
  onGo: (f: Finding) => void;
}

export default function Findings({ findings, multiSheet, selected, onGo }: FindingsProps) {
  const styles = useStyles();
  // "Vis kun": nothing chosen shows every finding; a chosen severity narrows the list to it.
  const [only, setOnly] = useState<ReadonlySet<Severity>>(new Set());
  const visible = useMemo(() => filterFindings(findings, only), [findings, only]);
  const groups = useMemo(() => groupFindings(visible, multiSheet), [visible, multiSheet]);
  const toggleSeverity = (s: Severity) =>
    setOnly((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  return (
    <>
      <div className={styles.counts} role="group" aria-label="Vis kun fund af den valgte alvor">
        <Caption1 className={styles.onlyLabel}>Vis kun:</Caption1>
        {SEVERITIES.map((s) => {
          const n = findings.filter((f) => f.severity === s).length;
          return (
            <ToggleButton key={s} size="small" checked={only.has(s)} aria-pressed={only.has(s)} onClick={() => toggleSeverity(s)}>
              {countLabel(s, n)}
            </ToggleButton>
          );
        })}
      </div>
      {visible.length === 0 && <Body1>Ingen fund med det valgte filter.</Body1>}
      {groups.map((g) => (
        <section key={g.key} className={styles.group} aria-label={g.title}>
          <Subtitle2 as="h2" className={styles.groupTitle}>
            {g.title}
          </Subtitle2>
          <ul className={styles.list}>
            {g.findings.map((f, i) => {
              const id = `${f.sheet}!${f.cell}`;
              const colors = SEVERITY_COLORS[f.severity];
              return (
                <li key={`${f.ruleId}-${f.cell}-${i}`}>
                  <button
                    type="button"
                    className={`${styles.finding} ${selected === id ? styles.selected : ''}`}
                    onClick={() => onGo(f)}
                    disabled={!f.cell}
                    aria-current={selected === id ? 'true' : undefined}
                    data-cell={f.cell ?? ''}
                    data-severity={f.severity}
                  >
                    <span className={styles.tag} style={{ backgroundColor: colors.bg, color: colors.fg }}>
                      {SEVERITY_LABEL[f.severity].tag}
                    </span>
                    <Text>{f.message}</Text>
                    <Caption1 className={styles.meta}>{f.cell ? `Celle ${f.cell}` : 'Ingen celle'}</Caption1>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
