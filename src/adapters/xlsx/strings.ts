// xl/sharedStrings.xml → the plain text of every shared string: rich text joined, phonetic runs left out, and
// the _xHHHH_ escapes decoded, as exceljs reads them.
import { parseXml } from './xml';

export const decodeEscapes = (text: string): string => text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function parseSharedStrings(xml: string | Iterable<string>): string[] {
  const out: string[] = [];
  let item: string[] | null = null;
  let run: string[] | null = null;
  let phonetic = 0;
  parseXml(xml, {
    open(name) {
      if (name === 'si') item = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && item && !phonetic) run = [];
    },
    text(text) {
      if (run) run.push(text);
    },
    close(name) {
      if (name === 't' && run && item) {
        item.push(decodeEscapes(run.join('')));
        run = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 'si' && item) {
        out.push(item.join(''));
        item = null;
      }
    },
  });
  return out;
}
