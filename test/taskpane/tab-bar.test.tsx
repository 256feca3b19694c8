/** @jest-environment jsdom */
// The pane's own tab bar keeps the WAI-ARIA tabs pattern Fluent's TabList gave: one tab in the tab order, arrow keys
// (wrapping), Home and End move to a tab and select it, and each tab names its panel.
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TabBar } from '../../src/taskpane/TabBar';

const TABS = [
  { id: 'a', label: 'Kontrol' },
  { id: 'b', label: 'Hvorfor?' },
  { id: 'c', label: 'Udfyld sidste år' },
] as const;

function Bar() {
  const [tab, setTab] = useState<'a' | 'b' | 'c'>('a');
  return (
    <FluentProvider theme={webLightTheme}>
      <TabBar idPrefix="t" tabs={TABS} selected={tab} onSelect={setTab} />
    </FluentProvider>
  );
}

const selected = () =>
  screen
    .getAllByRole('tab')
    .filter((t) => t.getAttribute('aria-selected') === 'true')
    .map((t) => t.textContent);

it('moves and selects with the arrow keys, Home and End; only the selected tab is in the tab order', async () => {
  const user = userEvent.setup();
  render(<Bar />);
  expect(screen.getByRole('tablist')).toBeTruthy();
  expect(selected()).toEqual(['Kontrol']);
  expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  await user.tab();
  expect(document.activeElement?.textContent).toBe('Kontrol');
  await user.keyboard('{ArrowRight}');
  expect(selected()).toEqual(['Hvorfor?']);
  expect(document.activeElement?.textContent).toBe('Hvorfor?');
  await user.keyboard('{End}');
  expect(selected()).toEqual(['Udfyld sidste år']);
  await user.keyboard('{ArrowRight}');
  expect(selected()).toEqual(['Kontrol']);
  await user.keyboard('{ArrowLeft}');
  expect(selected()).toEqual(['Udfyld sidste år']);
  await user.keyboard('{Home}');
  expect(selected()).toEqual(['Kontrol']);
  expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  await user.click(screen.getByRole('tab', { name: 'Hvorfor?' }));
  expect(selected()).toEqual(['Hvorfor?']);
  expect(screen.getByRole('tab', { name: 'Hvorfor?' }).getAttribute('aria-controls')).toBe('t-b');
});
