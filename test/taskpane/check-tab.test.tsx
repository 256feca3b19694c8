/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The pane with React Testing Library against the in-memory port: check, counts, filter, jump, clear, re-check.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { installDomShims } from './dom';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { workbookToGrids } from '../../src/adapters/exceljs/grid';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { cloneGrid, type Grid } from '../../src/core/grid';
import { CheckTab } from '../../src/taskpane/CheckTab';
import { buildFixture } from '../fixtures/builder';
import { HOBRO } from '../rules/helpers';

installDomShims();

let sample: Grid[];
let clean: Grid[];

async function gridsOf(wb: ExcelJS.Workbook | Buffer): Promise<Grid[]> {
  const out = new ExcelJS.Workbook();
  const bytes = Buffer.isBuffer(wb) ? wb : await workbookBytes(wb as ExcelJS.Workbook);
  await out.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbookToGrids(out);
}

beforeAll(async () => {
  sample = await gridsOf(readFileSync(join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx')));
  clean = await gridsOf(buildFixture({ driftsherre: 'Mariagerfjord Kommune', header: { overheadY1: 6.3, overheadY2: 6.5 }, blocks: [HOBRO] }).workbook);
});

function show(port: MemoryWorkbook, props: Partial<Parameters<typeof CheckTab>[0]> = {}) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckTab port={port} {...props} />
    </FluentProvider>,
  );
  return user;
}

const findingButtons = () => screen.queryAllByRole('button').filter((b) => b.hasAttribute('data-severity'));

describe('the task pane', () => {
  it('checks, shows the counts in Danish and groups the findings by block', async () => {
    const port = new MemoryWorkbook(sample.map(cloneGrid));
    const user = show(port);
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    // "Vis kun" chips: none chosen, every finding shown.
    expect((await screen.findByRole('button', { name: '4 fejl' })).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: '4 advarsler' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: '4 info' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('group', { name: 'Vis kun fund af den valgte alvor' }).textContent).toMatch(/^Vis kun:/);
    expect(findingButtons()).toHaveLength(12);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.length).toBeGreaterThan(2);
    expect(headings.every((h) => /^Blok \d+: |^Arkets oplysninger$/.test(h ?? ''))).toBe(true);
    // Each block's heading once, its fejl first inside it.
    expect(new Set(headings).size).toBe(headings.length);
    for (const section of screen.getAllByRole('region').filter((r) => /^Blok \d+: /.test(r.getAttribute('aria-label') ?? ''))) {
      const order = within(section)
        .queryAllByRole('button')
        .map((b) => ['error', 'warning', 'info'].indexOf(b.dataset.severity ?? ''));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    // Every finding with a cell is marked on that cell, with its worst severity.
    expect(port.marks.length).toBeGreaterThan(0);
    for (const b of findingButtons()) expect(port.markAt(port.activeSheet, b.dataset.cell!)).toBeDefined();
  });

  it('puts one summary line on top, the fejl first, what it is given (the export) before the findings, and no rule id in the text', async () => {
    const port = new MemoryWorkbook(sample.map(cloneGrid));
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckTab port={port}>
          <button type="button">Eksportér</button>
        </CheckTab>
      </FluentProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    const summary = await screen.findByText(/^4 fejl skal rettes før indsendelse · kontrolleret kl\. \d{2}\.\d{2}$/);
    expect(summary.closest('[aria-live="polite"]')).not.toBeNull();
    const severities = findingButtons().map((b) => b.dataset.severity);
    expect(severities[0]).toBe('error');
    // Kærvej's name is shown once: its Afdeling is the offer's own name.
    expect(screen.getAllByRole('heading', { level: 2 })[0].textContent).toBe('Blok 1: Bo og Aktivitetstilbud Kærvej');
    const exportButton = await screen.findByRole('button', { name: 'Eksportér' });
    expect(exportButton.compareDocumentPosition(findingButtons()[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const b of findingButtons()) {
      // No rule id where a user sees it, tooltips included.
      expect(b.textContent).not.toMatch(/[a-z]+-[a-z]+-[a-z-]+/);
      expect(b.getAttribute('title') ?? '').not.toMatch(/[a-z0-9]+-[a-z0-9-]+/);
    }
  });

  it('selects the finding cell on click and by keyboard', async () => {
    const port = new MemoryWorkbook(sample.map(cloneGrid));
    const user = show(port);
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByRole('button', { name: '4 fejl' });
    const [first, second] = findingButtons();
    await user.click(first);
    expect(port.selection).toEqual({ sheet: port.activeSheet, cell: first.dataset.cell });
    expect(first.getAttribute('aria-current')).toBe('true');
    second.focus();
    await user.keyboard('{Enter}');
    expect(port.selection?.cell).toBe(second.dataset.cell);
  });

  it('shows only the chosen severities ("Vis kun"), and everything again when none is chosen', async () => {
    const port = new MemoryWorkbook(sample.map(cloneGrid));
    const user = show(port);
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await user.click(await screen.findByRole('button', { name: '4 fejl' }));
    expect(screen.getByRole('button', { name: '4 fejl' }).getAttribute('aria-pressed')).toBe('true');
    expect(findingButtons().map((b) => b.dataset.severity)).toEqual(['error', 'error', 'error', 'error']);
    await user.click(screen.getByRole('button', { name: '4 info' }));
    expect(
      findingButtons()
        .map((b) => b.dataset.severity)
        .sort(),
    ).toEqual(['error', 'error', 'error', 'error', 'info', 'info', 'info', 'info']);
    await user.click(screen.getByRole('button', { name: '4 fejl' }));
    await user.click(screen.getByRole('button', { name: '4 info' }));
    expect(findingButtons()).toHaveLength(12);
  });

  it('says "Ingen fejl fundet" for a clean sheet', async () => {
    const user = show(new MemoryWorkbook(clean.map(cloneGrid)));
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    expect((await screen.findByText('Ingen fejl fundet')).closest('[role="status"]')).not.toBeNull();
    // Title and body in one message.
    expect(screen.getByText('Alle regler er opfyldt.').textContent).toBe('Ingen fejl fundetAlle regler er opfyldt.');
    expect(findingButtons()).toHaveLength(0);
  });

  it('says so when the workbook is not a takstskema, and writes nothing', async () => {
    const port = new MemoryWorkbook([{ name: 'Ark1', cells: [[{ value: 'Budget 2027' }]], merges: [] }]);
    const user = show(port);
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    expect((await screen.findByText('Ikke et takstskema')).closest('[role="status"]')).not.toBeNull();
    expect(port.marks).toHaveLength(0);
  });

  it('says the region’s old-layout export is last year’s old skema and points to Indlæs fra fil', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(__dirname, '..', '..', 'samples', 'syntetisk-region-udtraek-2026.xlsx')) as unknown as ArrayBuffer);
    const port = new MemoryWorkbook(workbookToGrids(wb));
    const user = show(port);
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    expect((await screen.findByText('Det ligner sidste års gamle skema')).closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText(/vælg denne fil under fanen Indlæs fra fil/)).toBeTruthy();
    expect(screen.queryByText('Ikke et takstskema')).toBeNull();
    expect(port.marks).toHaveLength(0);
  });

  it('clears every mark', async () => {
    const port = new MemoryWorkbook(sample.map(cloneGrid));
    const user = show(port);
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByRole('button', { name: '4 fejl' });
    const n = port.marks.length;
    await user.click(screen.getByRole('button', { name: 'Ryd markeringer' }));
    expect((await screen.findByText(`${n} markeringer fjernet. Arket har sin egen formatering igen.`)).closest('[role="status"]')).not.toBeNull();
    expect(port.marks).toHaveLength(0);
    expect(findingButtons()).toHaveLength(0);
  });

  it('re-checks after an edit, debounced, and not when switched off', async () => {
    const port = new MemoryWorkbook(clean.map(cloneGrid));
    const user = show(port, { debounceMs: 20 });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByText('Ingen fejl fundet');
    // Paragraf not in the list: a warning appears without pressing Kontrollér.
    const para = cellWith(clean[0], 'SEL § 104');
    act(() => port.edit(port.activeSheet, para, '§ 999'));
    act(() => port.edit(port.activeSheet, para, '§ 998'));
    expect(await screen.findByRole('button', { name: '1 advarsel' })).toBeTruthy();
    await user.click(screen.getByRole('switch'));
    act(() => port.edit(port.activeSheet, para, 'SEL § 107'));
    await new Promise((r) => setTimeout(r, 80));
    expect(screen.getByRole('button', { name: '1 advarsel' })).toBeTruthy();
  });

  it('goes on re-checking after Ryd markeringer while the switch is on, and says a re-check is pending', async () => {
    const port = new MemoryWorkbook(clean.map(cloneGrid));
    const user = show(port, { debounceMs: 200 });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByText('Ingen fejl fundet');
    await user.click(screen.getByRole('button', { name: 'Ryd markeringer' }));
    await screen.findByText(/markeringer at fjerne|markeringer fjernet/);
    const para = cellWith(clean[0], 'SEL § 104');
    act(() => port.edit(port.activeSheet, para, '§ 999'));
    expect(screen.getByText('Arket er ændret – kontrollerer igen om et øjeblik …').closest('[role="status"]')).not.toBeNull();
    expect(await screen.findByRole('button', { name: '1 advarsel' })).toBeTruthy();
    expect(port.marks.length).toBeGreaterThan(0);
    expect(screen.queryByText(/kontrollerer igen om et øjeblik/)).toBeNull();
  });

  it('explains an Excel error in Danish', async () => {
    const port = new MemoryWorkbook(sample.map(cloneGrid));
    port.readGrids = () => Promise.reject(Object.assign(new Error('cell edit'), { code: 'InvalidOperationInCellEditMode' }));
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = show(port);
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    const alert = await screen.findByText('Kontrollen kunne ikke gennemføres');
    expect(
      within(alert.parentElement!)
        .getByText(/Tryk Enter eller Esc i cellen/)
        .closest('[role="status"], [role="alert"], main'),
    ).not.toBeNull();
    await waitFor(() => expect(spy).toHaveBeenCalled());
    spy.mockRestore();
  });
});

/** The address of the cell that holds this value. */
function cellWith(grid: Grid, value: string): string {
  for (const [r, row] of grid.cells.entries()) {
    const c = row?.findIndex((x) => x?.value === value) ?? -1;
    if (c >= 0) return `${String.fromCharCode(65 + c)}${r + 1}`;
  }
  throw new Error(`no cell holds ${value}`);
}
