/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The preview's grid used as Excel is: arrows, Enter and Tab move; typing starts an edit; F2 and a double-click edit
// what is there; Esc cancels; Delete clears; clicking away keeps what was typed; Tab reaches the grid; only the rows in
// view are drawn.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { SheetView } from '../../src/preview/SheetView';
import type { Grid, GridCell } from '../../src/core/grid';
import { installDomShims } from '../taskpane/dom';

installDomShims();

function sheet(rows: number): Grid {
  const cells: Grid['cells'] = [];
  for (let r = 0; r < rows; r++) cells.push([{ value: `r${r + 1}` }, { value: r + 1 }, { value: null }]);
  cells[0]![2] = { value: 0.05, numFmt: '0.0%' };
  cells[1]![2] = { value: 3, formula: 'B1+B2' };
  return { name: 'Ark1', cells, merges: [] };
}

function show(rows = 5) {
  const book = new MemoryWorkbook([sheet(rows)]);
  const user = userEvent.setup();
  render(<SheetView book={book} />);
  const edits: string[] = [];
  void book.onEdit(() => edits.push(book.selection?.cell ?? '?'));
  return { book, user, edits, grid: screen.getByRole('grid') };
}

const value = (book: MemoryWorkbook, r: number, c: number): GridCell['value'] | undefined => book.grids[0].cells[r]?.[c]?.value;
const nameBox = () => screen.getByTestId('name-box').textContent;

describe('the preview’s grid, used as Excel is', () => {
  it('is reached with Tab and starts at A1; arrows, Enter and Tab move the selection', async () => {
    const { user } = show();
    await user.tab();
    expect(nameBox()).toBe('A1');
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(nameBox()).toBe('B2');
    await user.keyboard('{Enter}');
    expect(nameBox()).toBe('B3');
    await user.keyboard('{Tab}');
    expect(nameBox()).toBe('C3');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(nameBox()).toBe('C2');
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(nameBox()).toBe('C1');
  });

  it('typing on a selected cell replaces it; Enter keeps it and moves down', async () => {
    const { book, user, grid } = show();
    await user.click(screen.getByText('r2'));
    expect(nameBox()).toBe('A2');
    grid.focus();
    await user.keyboard('1.234,5');
    expect(screen.getByLabelText('Redigerer A2')).toHaveProperty('value', '1.234,5');
    await user.keyboard('{Enter}');
    expect(value(book, 1, 0)).toBe(1234.5);
    expect(nameBox()).toBe('A3');
  });

  it('F2 edits what is there; Esc cancels and leaves the cell as it was', async () => {
    const { book, user, grid, edits } = show();
    await user.click(screen.getByText('r3'));
    grid.focus();
    await user.keyboard('{F2}');
    const input = screen.getByLabelText('Redigerer A3');
    expect(input).toHaveProperty('value', 'r3');
    await user.keyboard('x{Escape}');
    expect(value(book, 2, 0)).toBe('r3');
    expect(edits).toEqual([]);
    expect(screen.queryByLabelText('Redigerer A3')).toBeNull();
  });

  it('a double-click edits; clicking away keeps what was typed', async () => {
    const { book, user } = show();
    await user.dblClick(screen.getByText('r4'));
    await user.keyboard('{End} ny');
    await user.click(screen.getByText('r1'));
    expect(value(book, 3, 0)).toBe('r4 ny');
    expect(nameBox()).toBe('A1');
  });

  it('Delete clears the selected cell; a cell edited to what it shows keeps its formula', async () => {
    const { book, user, grid, edits } = show();
    await user.click(screen.getByText('r5'));
    grid.focus();
    await user.keyboard('{Delete}');
    expect(value(book, 4, 0)).toBeNull();
    await user.click(document.querySelector('td[data-address="C2"]')!);
    expect(nameBox()).toBe('C2');
    grid.focus();
    await user.keyboard('{F2}{Enter}');
    expect(book.grids[0].cells[1]![2]!.formula).toBe('B1+B2');
    expect(edits).toEqual(['A5']);
  });

  it('takes a number typed into a percent cell as a percent, as Excel does', async () => {
    const { book, user, grid } = show();
    await user.click(screen.getByText('5,0 %'));
    grid.focus();
    await user.keyboard('12,5{Enter}');
    expect(value(book, 0, 2)).toBeCloseTo(0.125, 12);
  });

  it('the formula bar keeps what was typed when the user clicks away', async () => {
    const { book, user } = show();
    await user.click(screen.getByText('r2'));
    const bar = screen.getByLabelText('Cellens indhold');
    await user.clear(bar);
    await user.type(bar, 'skrevet i linjen');
    await user.click(screen.getByText('r1'));
    expect(value(book, 1, 0)).toBe('skrevet i linjen');
  });

  it('draws only the rows in view of a 150.000-row sheet, and the row of a cell jumped to', async () => {
    const { book } = show(150_000);
    expect(document.querySelectorAll('tbody tr[aria-rowindex]').length).toBeLessThan(100);
    await act(() => book.select('Ark1', 'B140000'));
    const td = document.querySelector('td[data-address="B140000"]');
    expect(td?.textContent).toBe('140000');
    expect(td?.getAttribute('aria-selected')).toBe('true');
    expect(document.querySelectorAll('tbody tr[aria-rowindex]').length).toBeLessThan(100);
  });
});
