// The pane's tab bar: the WAI-ARIA tabs pattern, drawn as Fluent's small TabList draws it. Not Fluent's TabList:
// its keyboard navigation comes from tabster, which was the largest part of the pane's first chunk beyond React and
// Fluent's provider (docs/bench.md); four tabs need none of it. Arrow keys, Home and End move to a tab and select
// it (automatic activation: a panel shows at once), Tab leaves the bar, and only the selected tab is in the tab order.
import { useRef, type KeyboardEvent } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', padding: '0 4px' },
  tab: {
    position: 'relative',
    border: 'none',
    backgroundColor: 'transparent',
    cursor: 'pointer',
    // Fluent's small tab: 6 px around, 2 px more beside the text; 32 px high with the 20 px line.
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    margin: '0',
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: '0',
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabBarProps<T extends string> {
  tabs: ReadonlyArray<{ id: T; label: string }>;
  selected: T;
  onSelect: (id: T) => void;
  /** The id of each tab's panel is `${idPrefix}-${id}`, its tab's `${idPrefix}-${id}-tab`. */
  idPrefix: string;
}

export function TabBar<T extends string>({ tabs, selected, onSelect, idPrefix }: TabBarProps<T>) {
  const styles = useStyles();
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const go = (i: number) => {
    const k = (i + tabs.length) % tabs.length;
    refs.current[k]?.focus();
    onSelect(tabs[k].id);
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  return (
    <div role="tablist" aria-orientation="horizontal" className={styles.list}>
      {tabs.map((t, i) => (
        <button
          key={t.id}
          ref={(el) => void (refs.current[i] = el)}
          type="button"
          role="tab"
          id={`${idPrefix}-${t.id}-tab`}
          aria-selected={t.id === selected}
          aria-controls={`${idPrefix}-${t.id}`}
          tabIndex={t.id === selected ? 0 : -1}
          className={mergeClasses(styles.tab, t.id === selected && styles.selected)}
          onClick={() => onSelect(t.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
