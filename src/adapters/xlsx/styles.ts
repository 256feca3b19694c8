// xl/styles.xml → what the grid keeps of a cell's style: its number format code and its solid fill colour.
// Read as exceljs reads it, so that both readers give the same grid: style 0 and an absent style mean "no style",
// a built-in format id is looked up in exceljs's table, and only an RGB fill colour counts.
import { parseXml } from './xml';

/** The built-in number formats that have one code in every locale (exceljs's defaultnumformats.js). */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** What a style id gives a cell. */
export interface CellStyle {
  numFmt?: string;
  /** RRGGBB of a solid pattern fill. */
  fill?: string;
  /** The style has a fill of any kind ("none" too): it hides a column's fill from a missing cell, as in exceljs. */
  hasFill?: boolean;
  /** The number format shows a date or a time: a number under it is a date, as exceljs reads it. */
  date?: boolean;
}

/** A date or time format: any of y, m, d, h, s, b outside quotes and brackets (exceljs's isDateFmt). */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

export class Styles {
  private readonly cache = new Map<number, CellStyle | null>();

  constructor(
    private readonly xfs: Array<{ numFmtId: number; fillId: number }>,
    private readonly numFmts: Map<number, string>,
    /** Each fill's solid colour, or '' for a fill without one. */
    private readonly fills: string[],
  ) {}

  static empty(): Styles {
    return new Styles([], new Map(), []);
  }

  /** The style of an `s` attribute; undefined for none, for 0 and for an id the part does not have. */
  of(id: number | undefined): CellStyle | undefined {
    if (!id) return undefined;
    let style = this.cache.get(id);
    if (style === undefined) {
      const xf = this.xfs[id];
      if (!xf) style = null;
      else {
        style = {};
        const code = xf.numFmtId ? (this.numFmts.get(xf.numFmtId) ?? BUILT_IN[xf.numFmtId]) : undefined;
        if (code) {
          style.numFmt = code;
          if (isDateFormat(code)) style.date = true;
        }
        const fill = Number.isNaN(xf.fillId) ? undefined : this.fills[xf.fillId];
        if (fill !== undefined) style.hasFill = true;
        if (fill) style.fill = fill;
      }
      this.cache.set(id, style);
    }
    return style ?? undefined;
  }
}

export function parseStyles(xml: string): Styles {
  const numFmts = new Map<number, string>();
  const fills: string[] = [];
  const xfs: Array<{ numFmtId: number; fillId: number }> = [];
  let section = '';
  let fill: { solid: boolean; rgb?: string } | null = null;
  parseXml(xml, {
    open(name, a) {
      switch (name) {
        case 'numFmts':
        case 'fills':
        case 'cellXfs':
        case 'cellStyleXfs':
        case 'dxfs':
          section = name;
          break;
        case 'numFmt':
          // exceljs drops the backslash of an escaped character ("0\ %" → "0 %").
          if (section === 'numFmts' && a.formatCode !== undefined) numFmts.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, '$1'));
          break;
        case 'fill':
          if (section === 'fills') fill = { solid: false };
          break;
        case 'patternFill':
          if (fill) fill.solid = a.patternType === 'solid';
          break;
        case 'fgColor':
          if (fill && a.rgb) fill.rgb = a.rgb;
          break;
        case 'xf':
          if (section === 'cellXfs') xfs.push({ numFmtId: parseInt(a.numFmtId, 10), fillId: parseInt(a.fillId, 10) });
          break;
      }
    },
    close(name) {
      if (name === 'fill' && fill) {
        fills.push(fill.solid && fill.rgb ? fill.rgb.slice(-6).toUpperCase() : '');
        fill = null;
      } else if (name === section) section = '';
    },
  });
  return new Styles(xfs, numFmts, fills);
}
