// The parts of a workbook exceljs does not keep when it writes a copy: those a copy may carry over as they are (the
// document's custom properties, where a sensitivity label lives), and those without which a copy would be wrong
// (charts, pivot tables, external links …), for which the writing commands refuse to write, saying which.
import { promises as fs } from 'node:fs';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { unwritable } from './agree';

/** Parts exceljs drops that a copy cannot do without, with what a person calls them. */
const LOST: Array<[RegExp, string]> = [
  [/^xl\/chartsheets\//, 'diagramark'],
  [/^xl\/charts\//, 'diagrammer'],
  [/^xl\/externalLinks\//, 'eksterne henvisninger (formler som [1]Ark1!A1 ville pege ud i ingenting)'],
  [/^xl\/pivot(Tables|Cache)\//, 'pivottabeller'],
  [/^xl\/threadedComments\//, 'kommentartråde'],
  [/^xl\/(richData\/|metadata\.xml$)/, 'datatyper og dynamiske matrixformler'],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, 'udsnitsværktøjer og tidslinjer'],
  [/^xl\/(webextensions|ctrlProps|activeX|embeddings)\//, 'tilføjelsesprogrammer, kontrolelementer og indlejrede objekter'],
  [/^customXml\//, 'brugerdefinerede XML-data'],
];

/** Parts carried over as they are, with their content type and their relationship from the package. */
const CARRIED: Record<string, { contentType: string; relType: string }> = {
  'docProps/custom.xml': {
    contentType: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
    relType: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
  },
};

const carried = new WeakMap<ExcelJS.Workbook, Array<{ path: string; bytes: Buffer }>>();

/**
 * Before a copy of `file` is planned: refuses when it has parts a copy would lose, and remembers the parts the copy
 * carries over for when the workbook is written.
 */
export async function keepParts(file: string, workbook: ExcelJS.Workbook, bytes: Buffer, names: readonly string[]): Promise<void> {
  const lost = new Map<string, string>();
  for (const name of names.filter((n) => !n.endsWith('/'))) for (const [re, what] of LOST) if (re.test(name) && !lost.has(what)) lost.set(what, name);
  if (lost.size > 0)
    throw unwritable(
      file,
      `en kopi ville miste ${[...lost].map(([what, part]) => `${what} (${part})`).join(', ')}`,
      'Udfyld og kontrollér i stedet filen i Excel med opgaveruden, der arbejder i selve filen',
    );
  const carry = names.filter((n) => n in CARRIED);
  if (carry.length === 0) return;
  const zip = await JSZip.loadAsync(bytes);
  carried.set(workbook, await Promise.all(carry.map(async (path) => ({ path, bytes: await zip.file(path)!.async('nodebuffer') }))));
}

/** Puts the carried parts into the copy exceljs wrote at `tmp` (content type and package relationship included). */
export async function addCarriedParts(workbook: ExcelJS.Workbook, tmp: string): Promise<void> {
  const parts = carried.get(workbook);
  if (!parts || parts.length === 0) return;
  const zip = await JSZip.loadAsync(await fs.readFile(tmp));
  let types = await zip.file('[Content_Types].xml')!.async('string');
  let rels = await zip.file('_rels/.rels')!.async('string');
  parts.forEach(({ path, bytes }, i) => {
    const { contentType, relType } = CARRIED[path];
    zip.file(path, bytes);
    if (!types.includes(`PartName="/${path}"`)) types = types.replace('</Types>', `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`);
    if (!rels.includes(`Target="${path}"`))
      rels = rels.replace('</Relationships>', `<Relationship Id="rIdTakst${i + 1}" Type="${relType}" Target="${path}"/></Relationships>`);
  });
  zip.file('[Content_Types].xml', types);
  zip.file('_rels/.rels', rels);
  await fs.writeFile(tmp, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
