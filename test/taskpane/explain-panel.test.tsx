/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// "Hvorfor?" in the pane: the sentence, a waterfall with the components, each rate's own part, and the reasons.
import { act, screen, within } from '@testing-library/react';
import { readWorkbook } from '../../src/core/layout/discover';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installDomShims, renderTaskPane } from './dom';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { workbookToGrids } from '../../src/adapters/exceljs/grid';

installDomShims();

it('explains the sample’s blocks in the Hvorfor? tab', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx')) as unknown as ArrayBuffer);
  const { user } = renderTaskPane(new MemoryWorkbook(workbookToGrids(wb)));
  await user.click(screen.getByRole('tab', { name: 'Hvorfor?' }));
  await user.click(await screen.findByRole('button', { name: 'Forklar ændringerne' }));
  const hobro = await screen.findByRole('article', { name: 'Blok 2' });
  expect(
    within(hobro).getByText(
      'Takst 2 (den fulde plads, som budgettet giver) falder 2,2 %: P/L +3,0, reel vækst +0,8, overhead +0,3, regulering −6,3 procentpoint.',
    ),
  ).toBeTruthy();
  const chart = within(hobro).getByRole('img');
  // The chart signs its steps as the sentence does (+3,0, −6,3 with the true minus sign).
  expect(chart.getAttribute('aria-label')).toBe('Vandfald fra 2026 til 2027: P/L +3,0, Reel +0,8, OH +0,3, Reg. −6,3, Pl. 0,0, Bel. 0,0');
  expect(Array.from(chart.querySelectorAll('text')).map((t) => t.textContent)).toContain('−6,3');
  for (const t of Array.from(chart.querySelectorAll('text'))) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(11);
  expect(within(hobro).getByText(/^Måler: Takst 2, den takst budgettet giver/)).toBeTruthy();
  expect(chart.querySelectorAll('rect')).toHaveLength(8);
  expect(within(hobro).getByText('Takst 1: −2,1 % (heraf niveauets egen del +0,1 procentpoint)')).toBeTruthy();
  expect(within(screen.getByRole('article', { name: 'Blok 1' })).getByText(/^Budgettet pr. belagt plads stiger 6,8 %/)).toBeTruthy();
  // The four blocks with one year only are one folded line, not four articles.
  expect(screen.queryByRole('article', { name: 'Blok 4' })).toBeNull();
  expect(screen.getByText('4 blokke uden noget at forklare').tagName).toBe('SUMMARY');
  expect(screen.getAllByText(/kun tal for ét år/)).toHaveLength(4);
});

it('marks itself forældet after an edit of the sheet, and Forklar igen follows the new budget', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, '..', '..', 'samples', 'eksempel-2027.xlsx')) as unknown as ArrayBuffer);
  const port = new MemoryWorkbook(workbookToGrids(wb));
  const { user } = renderTaskPane(port);
  await user.click(screen.getByRole('tab', { name: 'Hvorfor?' }));
  await user.click(await screen.findByRole('button', { name: 'Forklar ændringerne' }));
  const hobro = await screen.findByRole('article', { name: 'Blok 2' });
  expect(within(hobro).getByText(/falder 2,2 %/)).toBeTruthy();
  expect(screen.queryByText('Forældet')).toBeNull();
  // Hobro's year-2 budget raised: the explanation on screen no longer holds.
  const sheet = readWorkbook(await port.readGrids()).sheets[0];
  act(() => port.edit(sheet.sheet, sheet.blocks[1].y2!.budget.cell!, 9_300_000));
  expect(await screen.findByText('Forældet')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Forklar igen' }));
  expect(await within(await screen.findByRole('article', { name: 'Blok 2' })).findByText(/stiger/)).toBeTruthy();
  expect(screen.queryByText('Forældet')).toBeNull();
});
