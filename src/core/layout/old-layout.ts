// The old 2026 skema (vertical: one row per offer and Ydelse), read by its header texts as the new one is: the
// source of last year's approved figures, and the export the region's systems still produce. Every row is
// accounted for: taken into an offer, or reported with its reason.
import { a1, cellAt, colsOf, rowCount, type Grid } from '../grid';
import { norm, type OldOffer, type OldRow, type OldSheet } from './old-types';
import { finishOffer, newOffer } from './old-offer';

export { oldFigures, type OldFigures, type OldOffer, type OldProblem, type OldRow, type OldSheet } from './old-types';
import { cellText, readNumber, readPercent } from './parse';

export type OldColumn =
  'tilbud' | 'ydelse' | 'takstenhed' | 'lovgrundlag' | 'betalingsmodel' | 'belaegning' | 'sum' | 'oh' | 'regulering' | 'indtaegter' | 'kommentar';

/** The fixed columns, by the start of their (multi-line) header text. */
const HEADERS: Array<[OldColumn, RegExp]> = [
  ['tilbud', /^tilbud$/],
  ['ydelse', /^ydelse$/],
  ['takstenhed', /^takstenhed/],
  ['lovgrundlag', /^lovgrundlag/],
  ['betalingsmodel', /^betalingsmodel/],
  ['belaegning', /^budgetteret ?belægnings/],
  ['sum', /^sum af ?omkostning/],
  ['oh', /^anvendt ?overhead/],
  ['regulering', /^regulering/],
  ['indtaegter', /^indtægter ved/],
  ['kommentar', /^kommentar/],
];

function findHeader(
  grid: Grid,
): { row: number; cols: Partial<Record<OldColumn, number>>; pladser: Record<number, number>; takst: Record<number, number> } | null {
  for (let r = 0; r < Math.min(rowCount(grid), 200); r++) {
    const cols: Partial<Record<OldColumn, number>> = {};
    const pladser: Record<number, number> = {};
    const takst: Record<number, number> = {};
    for (const c of colsOf(grid.cells[r])) {
      const t = norm(cellText(cellAt(grid, r, c)));
      if (!t) continue;
      const p = /^pladsantal ?(\d{4})$/.exec(t);
      if (p) pladser[Number(p[1])] = c;
      const k = /^takst ?(\d{4})$/.exec(t);
      if (k) takst[Number(k[1])] = c;
      for (const [name, re] of HEADERS) if (cols[name] === undefined && re.test(t)) cols[name] = c;
    }
    if (
      cols.tilbud !== undefined &&
      cols.ydelse !== undefined &&
      (cols.takstenhed !== undefined || cols.lovgrundlag !== undefined) &&
      Object.keys(takst).length > 0
    ) {
      return { row: r, cols, pladser, takst };
    }
  }
  return null;
}

/** A row the template ships empty: dashes, zeros from formulas, #DIV/0!. */
function isTemplateFiller(grid: Grid, r: number): boolean {
  for (const c of colsOf(grid.cells[r])) {
    const cell = cellAt(grid, r, c);
    if (!cell || cell.error || cell.formula) continue;
    const v = cell.value;
    if (v === null || v === 0) continue;
    if (typeof v === 'string' && /^[\s\-–]*$/.test(v)) continue;
    return false;
  }
  return true;
}

function driftsherreOf(grid: Grid, before: number): string | null {
  for (let r = 0; r < before; r++) {
    for (const c of colsOf(grid.cells[r])) {
      const t = cellText(cellAt(grid, r, c));
      if (!t) continue;
      const m = /^driftsherre\s*:?\s*(.*)$/i.exec(t.trim());
      if (m) {
        if (m[1].trim()) return m[1].trim();
        const next = cellText(cellAt(grid, r, c + 1));
        if (next?.trim()) return next.trim();
      }
      if (/^(.+ kommune|region nordjylland)$/i.test(t.trim())) return t.trim();
    }
  }
  return null;
}

export function readOldSheet(grid: Grid): OldSheet | null {
  const h = findHeader(grid);
  if (!h) return null;
  const years = Object.keys(h.takst)
    .map(Number)
    .sort((a, b) => a - b);
  const year = years[years.length - 1];
  const prevYear = years.length > 1 ? years[years.length - 2] : null;
  const out: OldSheet = { sheet: grid.name, driftsherre: driftsherreOf(grid, h.row), year, headerRow: h.row + 1, offers: [], problems: [], rowsRead: 0 };
  const col = (r: number, k: OldColumn) => (h.cols[k] === undefined ? undefined : cellAt(grid, r, h.cols[k]!));
  const text = (r: number, k: OldColumn) => cellText(col(r, k))?.trim() || null;
  const num = (r: number, c: number | undefined) => (c === undefined ? null : readNumber(cellAt(grid, r, c)).value);
  // The first section's label stands just above the header ("Eksisterende socialaftale tilbud:").
  let section: string | null = null;
  for (let r = h.row - 1; r >= Math.max(0, h.row - 3) && section === null; r--) {
    const t = cellText(cellAt(grid, r, h.cols.tilbud!))?.trim();
    if (t && !/^driftsherre|^pl-sats|^kontaktperson/i.test(t)) section = t.replace(/:$/, '');
  }
  let current: OldOffer | null = null;

  for (let r = h.row + 1; r < rowCount(grid); r++) {
    const tilbud = text(r, 'tilbud');
    const ydelse = text(r, 'ydelse');
    const nums = Object.values(h.takst).some((c) => num(r, c) !== null) || num(r, h.cols.sum) !== null;
    // The legend under the table ends it.
    if (tilbud && /^kategori$/i.test(tilbud)) break;
    if (tilbud && !ydelse && !nums && !text(r, 'takstenhed')) {
      if (/følgende indgår/i.test(tilbud)) break;
      section = tilbud.replace(/:$/, '');
      current = null;
      continue;
    }
    if (!tilbud && !ydelse && !nums) {
      if (!isTemplateFiller(grid, r)) {
        const c = colsOf(grid.cells[r]).find((k) => cellText(cellAt(grid, r, k))?.trim());
        if (c !== undefined) out.problems.push({ cell: a1(r, c), reason: 'Rækken har indhold, men hverken tilbud, ydelse eller takst' });
      }
      continue;
    }
    if (isTemplateFiller(grid, r)) continue;
    out.rowsRead++;
    const row: OldRow = {
      row: r + 1,
      section,
      tilbud: tilbud ?? current?.tilbud ?? '',
      ydelse,
      takstenhed: text(r, 'takstenhed'),
      lovgrundlag: text(r, 'lovgrundlag'),
      betalingsmodel: text(r, 'betalingsmodel'),
      pladser: Object.fromEntries(Object.entries(h.pladser).map(([y, c]) => [y, num(r, c)])),
      takst: Object.fromEntries(Object.entries(h.takst).map(([y, c]) => [y, num(r, c)])),
      belaegning: h.cols.belaegning === undefined ? null : readPercent(col(r, 'belaegning'), { fractionUpTo: 1.5 }).value,
      oh: h.cols.oh === undefined ? null : readPercent(col(r, 'oh'), { fractionUpTo: 0.5 }).value,
      sum: num(r, h.cols.sum),
      regulering: num(r, h.cols.regulering),
      indtaegter: num(r, h.cols.indtaegter),
      kommentar: text(r, 'kommentar'),
    };
    if (!row.tilbud) {
      out.problems.push({ cell: a1(r, h.cols.tilbud!), reason: 'Rækken har tal, men intet tilbud (og ingen række over den at høre til)' });
      continue;
    }
    if (!current || (tilbud && norm(tilbud) !== norm(current.tilbud))) {
      current = newOffer(row);
      out.offers.push(current);
    }
    current.rows.push(row);
  }
  for (const o of out.offers) finishOffer(o, year, prevYear, out.problems);
  return out;
}
