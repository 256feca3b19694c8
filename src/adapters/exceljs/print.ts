// How the secretariat's sheets print: landscape A4, one page wide, the header row on every page, a page header
// naming what it is, and rows tall enough for their wrapped text. Excel and LibreOffice keep a stored row height
// as it is, so the height is computed here from the text and the column widths, on the safe side.
import type ExcelJS from 'exceljs';

/** Points per line of 11 pt text, and the padding of a row. */
const LINE_PT = 15;
const PAD_PT = 3;
/**
 * Characters of ordinary text per unit of column width. A unit is the width of a digit (7 px in Calibri 11, with
 * 5 px of padding); Calibri's and Carlito's average letter is about 5,5 px, so 1,15 leaves room for wide words.
 */
const CHARS_PER_WIDTH = 1.15;

/** Lines a text takes in a column of this width when words wrap (a word longer than a line is broken). */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH) - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\n|\r/)) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else if (word.length <= perLine) {
        count++;
        used = word.length;
      } else {
        // A word longer than the line breaks over as many lines as it needs.
        if (used > 0) count++;
        count += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      }
    }
    lines += count;
  }
  return lines;
}

/** Sets every row from `fromRow` to `toRow` to the height its tallest wrapped cell needs (bold text counted a tenth wider). */
export function fitRowHeights(ws: ExcelJS.Worksheet, fromRow = 1, toRow = Infinity): void {
  const widths = new Map<number, number>();
  ws.columns.forEach((c, i) => widths.set(i + 1, c.width ?? 9));
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < fromRow || r > toRow) return;
    let lines = 1;
    row.eachCell((cell, c) => {
      if (!cell.alignment?.wrapText || cell.value === null || cell.value === undefined) return;
      const text = cell.text ?? '';
      const width = (widths.get(c) ?? 9) / (cell.font?.bold ? 1.1 : 1);
      lines = Math.max(lines, wrappedLines(text, width));
    });
    row.height = lines * LINE_PT + PAD_PT;
  });
}

/**
 * Print setup of one table sheet, given as the sheet is added (the streaming writer writes fit-to-page with the
 * sheet's opening): `header` (text, no codes) left in the page header, the sheet's name right.
 */
export function printOptions(header: string, headerRow = 1): Pick<ExcelJS.AddWorksheetOptions, 'pageSetup' | 'headerFooter'> {
  const safe = header.replace(/&/g, '&&');
  return {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      horizontalCentered: false,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: `&L${safe}&R&A`, oddFooter: '&LSide &P af &N' },
  };
}

/** Every cell from the header row down wraps at the top of its row, and each row is as tall as its text needs. */
export function wrapAsRead(ws: ExcelJS.Worksheet, headerRow = 1): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  // Nothing runs into the next cell or is cut off.
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < headerRow) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      // A number stays on one line (a narrow column shows ### rather than a broken number), at the top as its text.
      const number = typeof cell.value === 'number';
      cell.style = sharedStyle(styles, cell, number, () => ({
        ...cell.style,
        alignment: { ...(cell.alignment ?? {}), vertical: 'top', ...(number ? {} : { wrapText: true }) },
      }));
    });
  });
  fitRowHeights(ws, headerRow);
}

const json = (x: unknown) => (x === undefined ? '' : JSON.stringify(x));

/**
 * One style object for every cell of the same style, kind of value and wrapping: exceljs remembers the style of an
 * object it has written, and renders and looks up the style of every other object (the review list's 25.000 cells
 * each had their own).
 */
function sharedStyle(
  styles: Map<string, Partial<ExcelJS.Style>>,
  cell: ExcelJS.Cell,
  number: boolean,
  make: () => Partial<ExcelJS.Style>,
): Partial<ExcelJS.Style> {
  const { numFmt, font, fill, border, protection, alignment } = cell.style;
  const key = `${cell.effectiveType}|${number}|${numFmt ?? ''}|${json(font)}|${json(fill)}|${json(border)}|${json(protection)}|${json(alignment)}`;
  let style = styles.get(key);
  if (!style) {
    style = make();
    styles.set(key, style);
  }
  return style;
}
