// The reader's XML scanner against saxes (the parser exceljs uses, and the reader's before it): the same events,
// element by element, over every XML part of the samples and of the public SheetJS corpus, over generated documents
// with every construct the scanner treats (entities, character references, CDATA, comments, DOCTYPE, line ends,
// prefixes), and the same refusal of broken XML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { guardXlsxBytes, LIMITS } from '../../../src/adapters/exceljs/guard';
import { decode, entityValue, parseXml } from '../../../src/adapters/xlsx/xml';
import '../../fast-check-seed';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Adjacent texts joined: either parser may hand one text in several pieces. */
function push(events: Event[], e: Event): void {
  const last = events[events.length - 1];
  if (e[0] === 'text' && last?.[0] === 'text') last[1] += e[1];
  else events.push(e);
}

function scanned(xml: string | string[]): Event[] | 'refused' {
  const events: Event[] = [];
  try {
    parseXml(xml, {
      open: (name, a) => push(events, ['open', name, { ...a }]),
      close: (name) => push(events, ['close', name]),
      text: (t) => push(events, ['text', t]),
    });
  } catch {
    return 'refused';
  }
  return events;
}

/** The scanner's words when it refuses, else null. */
function refusal(xml: string | string[]): string | null {
  try {
    parseXml(xml, { open: () => undefined });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The text cut at these places (sorted, deduplicated, never between the halves of a surrogate pair). */
function cut(xml: string, at: number[]): string[] {
  const places = [...new Set(at.map((k) => k % (xml.length + 1)).map((k) => (/[\uD800-\uDBFF]/.test(xml[k - 1] ?? '') ? k + 1 : k)))].sort((x, y) => x - y);
  const out: string[] = [];
  let from = 0;
  for (const k of places) {
    out.push(xml.slice(from, k));
    from = k;
  }
  out.push(xml.slice(from));
  return out;
}

/** What the reader did before: saxes, as exceljs configures it. */
function bySaxes(xml: string): Event[] | 'refused' {
  const events: Event[] = [];
  try {
    const p = new SaxesParser({ position: false });
    p.on('error', (e) => {
      throw e;
    });
    p.on('opentag', (node) => push(events, ['open', localName(node.name), { ...(node.attributes as Record<string, string>) }]));
    p.on('closetag', (node) => push(events, ['close', localName(node.name)]));
    p.on('text', (t) => push(events, ['text', t]));
    p.on('cdata', (t) => push(events, ['text', t]));
    p.write(xml.replace(/^\uFEFF/, '')).close();
  } catch {
    return 'refused';
  }
  return events;
}

const ROOT = join(__dirname, '..', '..', '..');

async function xmlParts(file: string): Promise<Array<[string, string]>> {
  try {
    const parts = await guardXlsxBytes(readFileSync(file), file, LIMITS, (p) => /\.(xml|rels|vml)$/i.test(p));
    return [...parts].map(([p, b]) => [p, new TextDecoder().decode(b)]);
  } catch {
    return []; // refused by the guard (encrypted, not a zip): no part is ever parsed
  }
}

describe('the XML scanner', () => {
  it('gives saxes’s events for every XML part of the samples and the SheetJS corpus', async () => {
    const corpus = join(ROOT, '..', 'shared', 'corpus', 'sheetjs');
    const files = [
      ...readdirSync(join(ROOT, 'samples'))
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => join(ROOT, 'samples', f)),
      ...readdirSync(corpus)
        .filter((f) => /\.xls[xmb]?$/i.test(f))
        .map((f) => join(corpus, f)),
    ];
    let parts = 0;
    const differ: string[] = [];
    for (const f of files) {
      for (const [path, xml] of await xmlParts(f)) {
        parts++;
        const a = scanned(xml);
        const b = bySaxes(xml);
        if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${f.slice(ROOT.length)}:${path}`);
        // In chunks, as a large part is read: cut every 1.000 characters and where a tag starts after each cut.
        const at = Array.from({ length: Math.floor(xml.length / 1000) }, (_, k) => [k * 1000 + (k % 7), xml.indexOf('<', k * 1000)]).flat();
        if (JSON.stringify(scanned(cut(xml, at))) !== JSON.stringify(a)) differ.push(`${f.slice(ROOT.length)}:${path} in chunks`);
      }
    }
    expect(differ).toEqual([]);
    expect(parts).toBeGreaterThan(500);
  });

  it('gives saxes’s events for generated documents with every construct it treats', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          'Æø',
          ' ',
          '\r\n',
          '\r',
          '\n',
          '\t',
          '&amp;',
          '&lt;',
          '&gt;',
          '&quot;',
          '&apos;',
          '&#65;',
          '&#x1F600;',
          '>',
          '"',
          "'",
          '_x000D_',
          '𝄞',
        ),
        { maxLength: 8 },
      )
      .map((xs) => xs.join(''));
    const name = fc.constantFrom('c', 'v', 'x:row', 't', 'si', 'mergeCell');
    const attrs = fc.array(fc.tuple(fc.constantFrom('r', 's', 't', 'xml:space', 'ref'), text), { maxLength: 3 }).map((xs) => {
      const seen = new Set<string>();
      return xs
        .filter(([k]) => !seen.has(k) && seen.add(k))
        .map(([k, v]) => ` ${k}=${v.includes('"') ? `'${v.replace(/'/g, '&apos;')}'` : `"${v}"`}`)
        .join('');
    });
    const node: fc.Memo<string> = fc.memo((depth) =>
      depth <= 0
        ? fc.oneof(
            text,
            text.map((t) => `<![CDATA[${t.replace(/]]>/g, '')}]]>`),
            fc.constant('<!-- note -->'),
            fc.constant('<?pi x?>'),
          )
        : fc.oneof(
            text,
            fc.tuple(name, attrs).map(([n, a]) => `<${n}${a}/>`),
            fc.tuple(name, attrs, fc.array(node(depth - 1), { maxLength: 4 })).map(([n, a, kids]) => `<${n}${a}>${kids.join('')}</${n} >`.replace(' >', '>')),
          ),
    );
    const doc = fc
      .tuple(fc.boolean(), fc.boolean(), fc.array(node(3), { maxLength: 5 }))
      .map(
        ([decl, dtd, kids]) =>
          `${decl ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : ''}${dtd ? '<!DOCTYPE w [<!ENTITY e "x">]>' : ''}<w xmlns:x="urn:x">${kids.join('')}</w>\n`,
      );
    fc.assert(
      fc.property(doc, fc.array(fc.nat(), { maxLength: 6 }), (xml, at) => {
        const a = scanned(xml);
        expect(a).not.toBe('refused');
        expect(a).toEqual(bySaxes(xml));
        // Cut anywhere into chunks: the same events.
        expect(scanned(cut(xml, at))).toEqual(a);
      }),
      { numRuns: 500 },
    );
    // One character of such a document damaged: the same events, or both refuse. The damage is kept out of the XML
    // declaration and the DOCTYPE, which saxes parses and the scanner only skips (it has no use for their content,
    // and expands no entity a DTD defines).
    const body = doc.map((xml) => xml.replace(/^<\?xml[^?]*\?>\r\n/, '').replace(/^<!DOCTYPE[^\]]*\]>/, ''));
    const damaged = fc
      .tuple(body, fc.nat(), fc.constantFrom('<', '>', '&', '/', '"', "'", '=', '!', '?', '[', ']', ' ', ';', '#', ':', '1', '-'), fc.boolean())
      .map(([xml, at, ch, replace]) => {
        // Never between the halves of a surrogate pair: saxes then reads the half and the next character as one
        // code point (and takes "<" or a quote into it); the scanner refuses half a pair wherever it is.
        let k = at % (xml.length + 1);
        if (/[\uD800-\uDBFF]/.test(xml[k - 1] ?? '')) k++;
        return xml.slice(0, k) + ch + xml.slice(replace ? k + 1 : k);
      });
    fc.assert(
      fc.property(damaged, fc.array(fc.nat(), { maxLength: 6 }), (xml, at) => {
        const whole = scanned(xml);
        expect([xml, whole]).toEqual([xml, bySaxes(xml)]);
        // In chunks: the same events, or refused with the same words.
        const chunks = cut(xml, at);
        expect([chunks, refusal(chunks) ?? scanned(chunks)]).toEqual([chunks, refusal(xml) ?? whole]);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what saxes refuses', () => {
    const broken = [
      '<a><b></a>',
      '<a>',
      '</a>',
      '<a></a><b></b>',
      'x<a/>',
      '<a/>x',
      '<a>&lol;</a>',
      '<!DOCTYPE a [<!ENTITY lol "lol">]><a>&lol;</a>',
      '<a>& b</a>',
      '<a>&amp</a>',
      '<a x="1" x="2"/>',
      '<a x=1/>',
      '<a x="<"/>',
      '<a x="1"y="2"/>',
      '<a><!-- open',
      '<a><![CDATA[ open</a>',
      '<a>&#0;</a>',
      '<a>&#xZZ;</a>',
      '',
      '<a/',
    ];
    for (const xml of broken) expect([xml, scanned(xml)]).toEqual([xml, 'refused']);
    // Cut after every character: refused with the same words.
    for (const xml of broken) {
      const chunks = cut(
        xml,
        Array.from({ length: xml.length }, (_, k) => k),
      );
      expect([xml, refusal(chunks)]).toEqual([xml, refusal(xml)]);
    }
    for (const xml of broken) expect([xml, bySaxes(xml)]).toEqual([xml, 'refused']);
  });

  it('decodes text as the regular expression it replaced found its entities, and refuses alike with the same words', () => {
    // The scanner's decode before it was written with indexOf: one callback per entity, found by a regular expression.
    // What an entity or a character reference stands for is the scanner's own (held to saxes's by the tests above).
    const before = (raw: string): string =>
      raw.replace(/\r\n?/g, '\n').replace(/&([^;&\s<]*);?/g, (whole, name: string) => {
        if (!whole.endsWith(';') || name === '') throw new Error(`XML: uafsluttet entitet ved "${whole.slice(0, 20)}"`);
        return entityValue(name);
      });
    const outcome = (f: (s: string) => string, s: string) => {
      try {
        return { text: f(s) };
      } catch (e) {
        return { refused: (e as Error).message };
      }
    };
    const piece = fc.oneof(
      fc.constantFrom('&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&', ';', '&;', '&#65;', '&#x1F600;', '&#0;', '&#xZZ;', '&lol;', '&amp'),
      fc.constantFrom(' ', '\t', '\r\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '<', '#', 'x'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const s = pieces.join('');
        expect(outcome(decode, s)).toEqual(outcome(before, s));
      }),
      { numRuns: 3000 },
    );
    // A name of Object.prototype is no entity (a lookup in a plain object once took it for one).
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(outcome(decode, `&${name};`)).toEqual({ refused: `XML: ukendt entitet &${name};` });
    expect(decode('IF(A1&lt;&gt;0,&quot;x&quot;,&quot;&quot;)')).toBe('IF(A1<>0,"x","")');
  });

  it('reads a document cut after any character as it reads it whole, up to what follows its root', () => {
    const docs = [
      '\uFEFF<?xml version="1.0"?>\r\n<!DOCTYPE w [<!ENTITY e "x>">]><w a=\'1\' b = "&lt;&#x1F600;"><![CDATA[<x>]]><!-- n --><?pi ?>t&amp;\r\nu<v/></w>\n<!-- after --><?pi after?>\n',
      '<x:sheetData xmlns:x="urn:x"><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData><!---->',
    ];
    for (const xml of docs) {
      const whole = scanned(xml);
      expect(whole).not.toBe('refused');
      expect(whole).toEqual(bySaxes(xml));
      for (let k = 0; k <= xml.length; k++) expect([k, scanned(cut(xml, [k]))]).toEqual([k, whole]);
      expect(
        scanned(
          cut(
            xml,
            Array.from({ length: xml.length }, (_, k) => k),
          ),
        ),
      ).toEqual(whole);
    }
  });
});
