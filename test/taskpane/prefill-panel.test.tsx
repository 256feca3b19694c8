/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// "Udfyld sidste års tal" in the pane: plan first, one write, conflicts only by choice, Fortryd restores exactly.
import { visibleRow } from '../fixtures/visible';
import { screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { installDomShims, renderTaskPane } from './dom';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { workbookToGrids } from '../../src/adapters/exceljs/grid';
import { workbookBytes } from '../../src/adapters/exceljs/write';
import { readWorkbook } from '../../src/core/layout/discover';
import type { Grid } from '../../src/core/grid';
import { buildFixture, type FixtureSheet } from '../fixtures/builder';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';

installDomShims();

/** Grids as a user sees them: a blank cell with nothing else set is the same as no cell. */
function visible(grids: Grid[]): string {
  return JSON.stringify(
    grids.map((g) => ({
      ...g,
      cells: g.cells.map(visibleRow),
    })),
  );
}

async function book(f: FixtureSheet): Promise<MemoryWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBytes(buildFixture(f).workbook)) as unknown as ArrayBuffer);
  return new MemoryWorkbook(workbookToGrids(wb));
}

function show(port: MemoryWorkbook) {
  const { user } = renderTaskPane(port);
  return user;
}

/** An empty Mariagerfjord skema in the pane, prefilled through the tab (43 cells). */
async function prefilledEmptySheet() {
  const port = await book({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 5 });
  const user = show(port);
  await user.click(screen.getByRole('tab', { name: 'Udfyld sidste år' }));
  await user.click(await screen.findByRole('button', { name: 'Udfyld sidste års tal' }));
  await user.click(await screen.findByRole('button', { name: 'Udfyld 43 celler' }));
  await screen.findByText(/43 celler udfyldt/);
  return { port, user };
}

describe('Udfyld sidste års tal', () => {
  it('shows the plan, fills in one write, and Fortryd restores every cell', async () => {
    const port = await book({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 5 });
    const before = visible(await port.readGrids());
    const user = show(port);
    await user.click(screen.getByRole('tab', { name: 'Udfyld sidste år' }));
    await user.click(await screen.findByRole('button', { name: 'Udfyld sidste års tal' }));
    expect(await screen.findByText('Aktivitetshuset Hobro → blok 2 (ny blok)')).toBeTruthy();
    expect(screen.getByText(/43 tomme celler udfyldes; 0 har allerede tallet; 0 har et andet tal/)).toBeTruthy();
    expect(port.writeCount).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Udfyld 43 celler' }));
    expect(await screen.findByText(/43 celler udfyldt med sidste års tal/)).toBeTruthy();
    expect(port.writeCount).toBe(1);
    const filled = readWorkbook(await port.readGrids()).sheets[0];
    expect(filled.blocks[1].y1!.budget.value).toBe(TEST_MUNICIPALITY_2026[1].y1!.budget);
    await user.click(screen.getByRole('button', { name: 'Fortryd udfyldning (43 celler)' }));
    expect(await screen.findByText('Fortrudt: 43 celler har deres tidligere indhold igen.')).toBeTruthy();
    expect(JSON.parse(visible(await port.readGrids()))).toEqual(JSON.parse(before));
    expect(port.undo).toBeNull();
  });

  it('Fortryd keeps a cell corrected after the fill unless told otherwise, naming it first (also from the kept record)', async () => {
    const { port, user } = await prefilledEmptySheet();
    const hobro = readWorkbook(await port.readGrids()).sheets[0].blocks[1].y1!;
    expect(hobro.takster[0].value).toBe(332);
    const sheet = readWorkbook(await port.readGrids()).sheets[0].sheet;
    port.edit(sheet, hobro.takster[0].cell!, 333); // the user corrects a prefilled rate
    const writes = port.writeCount;
    await user.click(screen.getByRole('button', { name: 'Fortryd udfyldning (43 celler)' }));
    // Nothing is written before the user answers; the question names the cell, the fill's value and today's.
    expect(await screen.findByText('1 celle er ændret siden udfyldningen')).toBeTruthy();
    expect(screen.getByText(`${sheet}!${hobro.takster[0].cell}: udfyldt 332, nu 333`)).toBeTruthy();
    expect(port.writeCount).toBe(writes);
    await user.click(screen.getByRole('button', { name: 'Behold mine ændringer' }));
    expect(
      await screen.findByText('Fortrudt: 42 celler har deres tidligere indhold igen. 1 celle, du har ændret siden udfyldningen, er beholdt.'),
    ).toBeTruthy();
    const after = readWorkbook(await port.readGrids()).sheets[0].blocks[1];
    expect(after.y1!.takster[0].value).toBe(333);
    expect(after.y1!.budget.value).toBeNull();
    expect(port.undo).toBeNull();
  });

  it('Fortryd alligevel puts the corrected cell back too', async () => {
    const { port, user } = await prefilledEmptySheet();
    const model = readWorkbook(await port.readGrids()).sheets[0];
    port.edit(model.sheet, model.blocks[1].y1!.pladser.cell!, 51);
    await user.click(screen.getByRole('button', { name: 'Fortryd udfyldning (43 celler)' }));
    await user.click(await screen.findByRole('button', { name: 'Fortryd alligevel' }));
    expect(await screen.findByText('Fortrudt: 43 celler har deres tidligere indhold igen.')).toBeTruthy();
    expect(readWorkbook(await port.readGrids()).sheets[0].blocks[1].y1!.pladser.value).toBeNull();
  });

  it('overwrites a differing typed value only when the user ticks it', async () => {
    const hobro = TEST_MUNICIPALITY_2026[1];
    const port = await book({ driftsherre: 'Mariagerfjord Kommune', blocks: [{ ...hobro, y1: { ...hobro.y1, pladser: 49, budget: 1 } }], spareBlocks: 3 });
    const user = show(port);
    await user.click(screen.getByRole('tab', { name: 'Udfyld sidste år' }));
    await user.click(await screen.findByRole('button', { name: 'Udfyld sidste års tal' }));
    const pladser = await screen.findByRole('checkbox', { name: /Pladser: står 49, sidste år 50/ });
    expect(screen.getByRole('checkbox', { name: /Budget i alt: står 1, sidste år 8.912.000/ })).toBeTruthy();
    await user.click(pladser);
    await user.click(screen.getByRole('button', { name: /^Udfyld \d+ celler$/ }));
    await screen.findByText(/celler udfyldt/);
    const y = readWorkbook(await port.readGrids()).sheets[0].blocks[0].y1!;
    expect([y.pladser.value, y.budget.value]).toEqual([50, 1]);
  });

  it('offers Fortryd for a record kept in the workbook from an earlier session', async () => {
    const port = await book({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 5 });
    port.undo = JSON.stringify({
      schemaVersion: 1,
      action: 'prefill',
      createdAt: '2026-11-24T10:00:00Z',
      cells: [{ sheet: port.activeSheet, cell: 'B8', value: null }],
    });
    const user = show(port);
    await user.click(screen.getByRole('tab', { name: 'Udfyld sidste år' }));
    expect(await screen.findByRole('button', { name: 'Fortryd udfyldning (1 celler)' })).toBeTruthy();
  });

  it('says why for another operator', async () => {
    const port = await book({ driftsherre: 'Thisted Kommune', blocks: [], spareBlocks: 2 });
    const user = show(port);
    await user.click(screen.getByRole('tab', { name: 'Udfyld sidste år' }));
    await user.click(await screen.findByRole('button', { name: 'Udfyld sidste års tal' }));
    expect(await screen.findByText('Der er ingen godkendte tal fra sidste år for Thisted Kommune.')).toBeTruthy();
  });
});

describe('no stale results after the pane’s own writes (issue 20, item 5)', () => {
  it('re-checks after Udfyld and after Fortryd: the counts and the progress line follow the sheet', async () => {
    const port = await book({ driftsherre: 'Mariagerfjord Kommune', blocks: [], spareBlocks: 5 });
    const user = show(port);
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    const progress = async () => (await screen.findByTestId('progress')).textContent;
    expect(await progress()).toBe('Skemaet er tomt: ingen blok er udfyldt endnu · 2 celler i arkets hoved mangler');
    await user.click(screen.getByRole('tab', { name: 'Udfyld sidste år' }));
    await user.click(await screen.findByRole('button', { name: 'Udfyld sidste års tal' }));
    await user.click(await screen.findByRole('button', { name: 'Udfyld 43 celler' }));
    await screen.findByText(/43 celler udfyldt med sidste års tal/);
    // Without pressing Kontrollér: the three prefilled blocks now count, and their year-2 cells are missing.
    await waitFor(async () => expect(await progress()).not.toBe('Skemaet er tomt: ingen blok er udfyldt endnu · 2 celler i arkets hoved mangler'));
    expect(await progress()).toMatch(/^Udfyldt \d+ af \d+ felter · \d+ celler mangler$/);
    await user.click(screen.getByRole('button', { name: 'Fortryd udfyldning (43 celler)' }));
    await screen.findByText('Fortrudt: 43 celler har deres tidligere indhold igen.');
    await waitFor(async () => expect(await progress()).toBe('Skemaet er tomt: ingen blok er udfyldt endnu · 2 celler i arkets hoved mangler'));
  });
});
