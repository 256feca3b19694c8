// xl/workbook.xml and its relationships → the worksheets in order (name, state, part) and the date system.
import { parseXml } from './xml';

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** The part's path in the zip, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface Book {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** A relationship's target as a zip path: relative to the workbook's folder (xl/), or absolute from the package root. */
export function partPath(target: string, dir = 'xl'): string {
  const t = target.trim();
  if (t.startsWith('/')) return t.slice(1);
  const parts: string[] = dir ? dir.split('/') : [];
  for (const seg of t.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The workbook part the package's relationships (_rels/.rels) name as its office document, or undefined. */
export function officeDocumentOf(rootRelsXml: string): string | undefined {
  let found: string | undefined;
  parseXml(rootRelsXml, {
    open(name, a) {
      if (!found && name === 'Relationship' && a.Target && /\/officeDocument$/.test(a.Type ?? '') && a.TargetMode !== 'External')
        found = partPath(a.Target, '');
    },
  });
  return found;
}

export function parseBook(workbookXml: string, relsXml: string | undefined, dir = 'xl'): Book {
  const targets = new Map<string, string>();
  if (relsXml !== undefined) {
    parseXml(relsXml, {
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') targets.set(a.Id, partPath(a.Target, dir));
      },
    });
  }
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let properties = false;
  parseXml(workbookXml, {
    open(name, a) {
      // The workbook's own <workbookPr> comes first; an extension's (x15:workbookPr in extLst, its prefix dropped by
      // the parser) must not reset the date system.
      if (name === 'workbookPr' && !properties) {
        properties = true;
        date1904 = a.date1904 === '1' || a.date1904 === 'true';
      } else if (name === 'sheet') {
        const rid = Object.entries(a).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
        const part = rid ? targets.get(rid) : undefined;
        // A chartsheet or a sheet without a part has no cells: left out, as exceljs leaves it out.
        if (part && /\/worksheets\//.test(part)) sheets.push({ name: a.name ?? '', hidden: !!a.state && a.state !== 'visible', part });
      }
    },
  });
  return { sheets, date1904 };
}
