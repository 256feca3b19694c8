// The preview's stand-in for Excel's grid: the active sheet with its fills, this tool's marks, the selected cell
// (scrolled into view), a formula bar to type into a cell, and sheet tabs.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { a1, colCount, colLetters, parseA1, rowCount } from '../core/grid';
import { MARK_STYLES } from '../core/plans/marks';
import type { MemoryWorkbook } from '../adapters/memory/workbook';
import { parseLocaleNumber } from '../core/layout/parse';
import { cellText } from './cell-text';

export function SheetView({ book }: { book: MemoryWorkbook }) {
  const version = useSyncExternalStore(
    (l) => book.subscribe(l),
    () => book.version,
  );
  const grid = book.grids.find((g) => g.name === book.activeSheet) ?? book.grids[0];
  const selected = book.selection?.sheet === grid?.name ? book.selection.cell : null;
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const sheetRef = useRef<HTMLDivElement | null>(null);
  const [draft, setDraft] = useState('');

  // A workbook just opened starts at A1, as Excel opens it.
  useEffect(() => {
    sheetRef.current?.scrollTo(0, 0);
  }, [book]);

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const cell = selected ? findCell(book, selected) : undefined;
    setDraft(cell ? cellText(cell) : '');
  }, [selected, version, book]);

  if (!grid) return <p>Arbejdsbogen har ingen ark.</p>;
  const rows = rowCount(grid);
  const cols = Math.max(colCount(grid), 1);

  const commit = () => {
    if (!selected) return;
    const n = parseLocaleNumber(draft);
    book.edit(grid.name, selected, draft.trim() === '' ? null : (n ?? draft));
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 }}>
      <div style={{ display: 'flex', gap: 8, padding: 6, borderBottom: '1px solid #ccc', alignItems: 'center' }}>
        <output aria-label="Markeret celle" data-testid="name-box" style={{ minWidth: 60, fontWeight: 600 }}>
          {selected ?? '–'}
        </output>
        <input
          aria-label="Cellens indhold"
          value={draft}
          disabled={!selected}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
          style={{ flex: 1, font: 'inherit' }}
        />
      </div>
      <div ref={sheetRef} style={{ flex: 1, overflow: 'auto' }} data-testid="sheet">
        <table style={{ borderCollapse: 'separate', borderSpacing: 0, fontSize: 12 }} aria-label={`Arket ${grid.name}`}>
          <thead>
            <tr>
              <th style={{ ...head, left: 0, zIndex: 3 }} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} style={head}>
                  {colLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th style={rowHead}>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const address = a1(r, c);
                  const cell = grid.cells[r]?.[c];
                  const mark = book.markAt(grid.name, address);
                  const isSelected = selected === address;
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selectedRef : undefined}
                      data-address={address}
                      data-mark={mark?.severity}
                      aria-selected={isSelected}
                      title={mark?.note}
                      onClick={() => void book.select(grid.name, address)}
                      style={{
                        border: '1px solid #d4d4d4',
                        padding: '1px 4px',
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
                      {cellText(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
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
const rowHead: React.CSSProperties = { ...head, top: undefined, left: 0, zIndex: 1, textAlign: 'right' };

function findCell(book: MemoryWorkbook, address: string) {
  const grid = book.grids.find((g) => g.name === book.activeSheet);
  const { row, col } = parseA1(address);
  return grid?.cells[row]?.[col];
}
