// The preview's stand-in for Excel's grid: the active sheet with its fills, this tool's marks, the selected cell
// (scrolled into view), a formula bar, and sheet tabs. It is used as Excel is: arrows, Enter and Tab move; typing on a
// selected cell starts editing it, F2 and a double-click edit what is there, Esc cancels, Delete clears, and clicking
// away keeps what was typed. Only the rows in view are drawn, so a sheet of 150.000 rows scrolls as one of 50.
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { a1, colCount, colLetters, parseA1, rowCount, type Grid } from '../core/grid';
import { MARK_STYLES } from '../core/plans/marks';
import type { MemoryWorkbook } from '../adapters/memory/workbook';
import { cellText, typedValue } from './cell-text';

/** Every drawn row is this high (one line, no wrapping), so a row's place follows from its number. */
export const ROW_HEIGHT = 21;
/** Rows drawn above and below the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 15;
/** What a window without layout (a test's jsdom) is taken to show. */
const FALLBACK_VIEW = 600;

/** The cell being typed into: started by typing (arrows then move on) or by F2/double-click (arrows stay in the text). */
type Editing = { address: string; text: string; mode: 'enter' | 'edit' };

// Longer than 80 lines, by reason: one grid component whose keyboard editing, selection and virtual rows share
// the same state (the selection, the edit, the view); split apart they would pass that state back and forth.
export function SheetView({ book, onSave }: { book: MemoryWorkbook; onSave?: () => Promise<void> }) {
  const version = useSyncExternalStore(
    (l) => book.subscribe(l),
    () => book.version,
  );
  const grid = book.grids.find((g) => g.name === book.activeSheet) ?? book.grids[0];
  const selected = book.selection?.sheet === grid?.name ? book.selection.cell : null;
  const sheetRef = useRef<HTMLDivElement | null>(null);
  const tableRef = useRef<HTMLTableElement | null>(null);
  const [draft, setDraft] = useState('');
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The edit as the event handlers see it now (a blur fires before React has drawn the last state).
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (e: Editing | null) => {
    editingRef.current = e;
    setEditingState(e);
  };
  const [view, setView] = useState({ top: 0, height: FALLBACK_VIEW });

  // A workbook just opened starts at A1, as Excel opens it.
  useEffect(() => {
    sheetRef.current?.scrollTo?.(0, 0);
    setView((v) => ({ ...v, top: 0 }));
    setEditing(null);
  }, [book]);

  // The formula bar follows the selected cell and a write to it, not every redraw (marks do not reset what is typed).
  const shown = selected ? cellText(cellAt(grid, selected)) : '';
  useEffect(() => setDraft(shown), [selected, shown, version]);

  // The selected cell in view: rows by arithmetic (it may not be drawn yet), columns by the browser once drawn.
  useLayoutEffect(() => {
    const el = sheetRef.current;
    if (!el || !selected) return;
    const { row } = parseA1(selected);
    const height = el.clientHeight || FALLBACK_VIEW;
    const y = (row + 1) * ROW_HEIGHT;
    if (y < el.scrollTop + ROW_HEIGHT * 2 || y + ROW_HEIGHT > el.scrollTop + height) {
      el.scrollTop = Math.max(0, y - height / 2);
      setView({ top: el.scrollTop, height });
    }
  }, [selected]);
  useEffect(() => {
    const td = tableRef.current?.querySelector<HTMLElement>('td[aria-selected="true"]');
    td?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected, view]);

  if (!grid) return <p>Arbejdsbogen har ingen ark.</p>;
  const rows = rowCount(grid);
  const cols = Math.max(colCount(grid), 1);
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - 1 - OVERSCAN);
  const last = Math.min(rows, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);

  const select = (address: string) => void book.select(grid.name, address);
  const move = (from: string, dr: number, dc: number) => {
    const { row, col } = parseA1(from);
    select(a1(Math.min(Math.max(row + dr, 0), Math.max(rows - 1, 0)), Math.min(Math.max(col + dc, 0), cols - 1)));
  };
  /** Puts the typed text into the cell, unless it is what the cell already shows (a formula stays a formula). */
  const put = (address: string, text: string) => {
    const cell = cellAt(grid, address);
    if (text === cellText(cell)) return;
    book.edit(grid.name, address, typedValue(text, cell));
  };
  const startEditing = (address: string, text: string | null, mode: Editing['mode']) =>
    setEditing({ address, text: text ?? cellText(cellAt(grid, address)), mode });
  /** Ends the edit, keeping what was typed or not (Esc); safe to call twice (Enter, then the blur it causes). */
  const finish = (keep: boolean): Editing | null => {
    const e = editingRef.current;
    setEditing(null);
    if (e && keep) put(e.address, e.text);
    return e;
  };
  const focusSheet = () => tableRef.current?.focus({ preventScroll: true });

  const onSheetKey = (e: KeyboardEvent) => {
    if (editing || !selected) return;
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const { col } = parseA1(selected);
    if (arrows[e.key]) move(selected, ...arrows[e.key]);
    else if (e.key === 'Enter') move(selected, e.shiftKey ? -1 : 1, 0);
    else if (e.key === 'Tab') {
      // At the sheet's edge Tab leaves the grid, so a keyboard is never trapped in it.
      if ((e.shiftKey && col === 0) || (!e.shiftKey && col === cols - 1)) return;
      move(selected, 0, e.shiftKey ? -1 : 1);
    } else if (e.key === 'Home') select(e.ctrlKey ? 'A1' : a1(parseA1(selected).row, 0));
    else if (e.key === 'F2') startEditing(selected, null, 'edit');
    else if (e.key === 'Delete') put(selected, '');
    else if (e.key === 'Backspace') startEditing(selected, '', 'enter');
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) startEditing(selected, e.key, 'enter');
    else return;
    e.preventDefault();
  };

  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return;
    const steps: Record<string, [number, number]> = {
      Enter: [e.shiftKey ? -1 : 1, 0],
      Tab: [0, e.shiftKey ? -1 : 1],
      ...(editing.mode === 'enter' ? { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] } : {}),
    } as Record<string, [number, number]>;
    if (e.key === 'Escape') {
      finish(false);
      focusSheet();
    } else if (steps[e.key]) {
      finish(true);
      move(editing.address, ...steps[e.key]);
      focusSheet();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const activeId = selected && parseA1(selected).row >= first && parseA1(selected).row < last ? cellId(selected) : undefined;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 }}>
      <div style={{ display: 'flex', gap: 8, padding: 6, borderBottom: '1px solid #ccc', alignItems: 'center' }}>
        <output aria-label="Markeret celle" data-testid="name-box" style={{ minWidth: 60, fontWeight: 600 }}>
          {selected ?? '–'}
        </output>
        <input
          aria-label="Cellens indhold"
          value={editing ? editing.text : draft}
          disabled={!selected}
          onChange={(e) => (editing ? setEditing({ ...editing, text: e.target.value }) : setDraft(e.target.value))}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && selected) {
              if (editingRef.current) finish(true);
              else put(selected, draft);
            } else if (e.key === 'Escape' && selected) setDraft(cellText(cellAt(grid, selected)));
          }}
          // Clicking away keeps what was typed, as in Excel.
          onBlur={() => {
            if (selected && !editing) put(selected, draft);
          }}
          style={{ flex: 1, font: 'inherit' }}
        />
        {onSave && <SaveButton onSave={onSave} />}
      </div>
      <div
        ref={sheetRef}
        style={{ flex: 1, overflow: 'auto' }}
        data-testid="sheet"
        onScroll={(e) => {
          const el = e.currentTarget;
          setView({ top: el.scrollTop, height: el.clientHeight || FALLBACK_VIEW });
        }}
      >
        <table
          ref={tableRef}
          role="grid"
          tabIndex={0}
          aria-label={`Arket ${grid.name}`}
          aria-rowcount={rows + 1}
          aria-colcount={cols + 1}
          aria-activedescendant={activeId}
          onKeyDown={onSheetKey}
          onFocus={(e) => {
            // Reached by Tab with nothing selected: A1, as Excel starts.
            if (e.target === e.currentTarget && !selected) select('A1');
          }}
          style={{ borderCollapse: 'separate', borderSpacing: 0, fontSize: 12, outline: 'none' }}
        >
          <thead>
            <tr aria-rowindex={1}>
              <th style={{ ...head, left: 0, zIndex: 3 }} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} style={head} scope="col">
                  {colLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
            {Array.from({ length: last - first }, (_, i) => {
              const r = first + i;
              return (
                <tr key={r} aria-rowindex={r + 2} style={{ height: ROW_HEIGHT }}>
                  <th style={rowHead} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: cols }, (_, c) => {
                    const address = a1(r, c);
                    const cell = grid.cells[r]?.[c];
                    const mark = book.markAt(grid.name, address);
                    const isSelected = selected === address;
                    const isEditing = editing?.address === address;
                    return (
                      <td
                        key={c}
                        id={cellId(address)}
                        data-address={address}
                        data-mark={mark?.severity}
                        aria-selected={isSelected}
                        title={mark?.note}
                        onClick={() => {
                          if (!isEditing) select(address);
                        }}
                        onDoubleClick={() => startEditing(address, null, 'edit')}
                        style={{
                          border: '1px solid #d4d4d4',
                          padding: isEditing ? 0 : '0 4px',
                          height: ROW_HEIGHT,
                          lineHeight: `${ROW_HEIGHT - 2}px`,
                          boxSizing: 'border-box',
                          minWidth: 40,
                          maxWidth: 220,
                          whiteSpace: 'nowrap',
                          overflow: 'hidden',
                          textOverflow: 'ellipsis',
                          textAlign: typeof cell?.value === 'number' ? 'right' : 'left',
                          background: mark ? `#${MARK_STYLES[mark.severity].fill}` : cell?.fill ? `#${cell.fill}` : undefined,
                          color: mark ? `#${MARK_STYLES[mark.severity].font}` : undefined,
                          outline: isSelected ? '2px solid #217346' : undefined,
                          outlineOffset: -2,
                          // Scrolled to, a cell stops clear of the sticky row numbers and column letters.
                          scrollMarginLeft: 48,
                          scrollMarginTop: 24,
                        }}
                      >
                        {isEditing ? (
                          <input
                            aria-label={`Redigerer ${address}`}
                            autoFocus
                            value={editing.text}
                            onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                            onKeyDown={onEditorKey}
                            // Clicking away keeps what was typed (Esc and Enter have already ended the edit).
                            onBlur={() => finish(true)}
                            style={{
                              font: 'inherit',
                              width: '100%',
                              minWidth: 80,
                              height: ROW_HEIGHT - 2,
                              border: 'none',
                              padding: '0 3px',
                              boxSizing: 'border-box',
                            }}
                          />
                        ) : (
                          cellText(cell)
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {last < rows && <tr aria-hidden="true" style={{ height: (rows - last) * ROW_HEIGHT }} />}
          </tbody>
        </table>
      </div>
      <nav aria-label="Ark" style={{ display: 'flex', gap: 4, padding: 4, borderTop: '1px solid #ccc' }}>
        {book.grids.map((g) => (
          <button
            key={g.name}
            type="button"
            aria-current={g.name === grid.name ? 'page' : undefined}
            onClick={() => {
              book.activeSheet = g.name;
              void book.select(g.name, 'A1');
            }}
            style={{ fontWeight: g.name === grid.name ? 700 : 400 }}
          >
            {g.name}
          </button>
        ))}
      </nav>
    </div>
  );
}

/** "Gem som .xlsx": the workbook with every change made here, as a download; the opened file is never touched. */
function SaveButton({ onSave }: { onSave: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void onSave().finally(() => setBusy(false));
      }}
    >
      {busy ? 'Gemmer …' : 'Gem som .xlsx'}
    </button>
  );
}

const head: React.CSSProperties = {
  background: '#f3f3f3',
  border: '1px solid #d4d4d4',
  padding: '1px 4px',
  fontWeight: 400,
  color: '#555',
  position: 'sticky',
  top: 0,
  zIndex: 2,
};
const rowHead: React.CSSProperties = {
  ...head,
  top: undefined,
  left: 0,
  zIndex: 1,
  textAlign: 'right',
  padding: '0 4px',
  height: ROW_HEIGHT,
  lineHeight: `${ROW_HEIGHT - 2}px`,
  boxSizing: 'border-box',
};

function cellAt(grid: Grid | undefined, address: string) {
  const { row, col } = parseA1(address);
  return grid?.cells[row]?.[col];
}

function cellId(address: string): string {
  return `celle-${address}`;
}
