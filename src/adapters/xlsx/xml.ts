// One XML pass over a part with saxes (the parser exceljs itself uses): element names without their namespace
// prefix, attributes as plain strings, and the text inside the element being read. A malformed part throws.
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Parses a whole part; the handlers see every element, in document order. */
export function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (node) => handlers.open(localName(node.name), node.attributes as Record<string, string>));
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (node) => close(localName(node.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.write(xml.replace(/^\uFEFF/, '')).close();
}
