/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The pane's "Om" line names the package's version and the bundled snapshot's year (webpack's DefinePlugin in a
// build, jest's globals here, both from scripts/build-info.js), and a render error shows the reload message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { About } from '../../src/taskpane/About';
import { ErrorBoundary, isChunkLoadError } from '../../src/taskpane/ErrorBoundary';

const ROOT = join(__dirname, '..', '..');

it('names the version and the snapshot’s year, and links the help page', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const { budgetYear } = JSON.parse(readFileSync(join(ROOT, 'assets', 'snapshot-2026.json'), 'utf8')) as { budgetYear: number };
  render(<About />);
  expect(screen.getByText(new RegExp(`Om: Takstskema ${version.replace(/\./g, '\\.')} · sidste års tal: ${budgetYear}`))).toBeTruthy();
  expect(screen.getByRole('link', { name: 'hjælp' }).getAttribute('href')).toBe('hjaelp.html');
});

it('shows a chunk that could not load as an update, and any other render error as a failure, each with Genindlæs', () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const Throws = ({ e }: { e: Error }) => {
    throw e;
  };
  const chunk = Object.assign(new Error('Loading chunk tab-hvorfor failed.\n(missing: http://x/tab-hvorfor.1.js)'), { name: 'ChunkLoadError' });
  expect(isChunkLoadError(chunk)).toBe(true);
  expect(isChunkLoadError(new Error('x is undefined'))).toBe(false);
  const { unmount } = render(
    <ErrorBoundary>
      <Throws e={chunk} />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert').textContent).toMatch(/Takstskema er blevet opdateret.*Arbejdsbogen er ikke ændret/);
  expect(screen.getByRole('button', { name: 'Genindlæs' })).toBeTruthy();
  unmount();
  render(
    <ErrorBoundary>
      <Throws e={new TypeError('cannot read x')} />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert').textContent).toMatch(/Ruden stødte på en fejl.*cannot read x/);
  warn.mockRestore();
  error.mockRestore();
});
