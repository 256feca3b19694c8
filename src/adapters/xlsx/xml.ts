// One XML pass over a part: element names without their namespace prefix, attributes as plain strings, and the
// text inside the element being read. A malformed part throws.
//
// A scanner of its own, not saxes (the parser exceljs uses, which this replaced): a worksheet of 660 blocks is
// 200.000 elements, and saxes's character-by-character state machine and its node objects were the reader's
// largest cost after inflating (docs/bench.md). The scanner finds each '<' with indexOf and takes names, attribute
// values and text as slices. It keeps what the reader's answers depend on, as saxes gives it (a test runs both
// over every part of the samples and the corpus, and over generated XML, and compares every event):
// - the five predefined entities and character references are decoded; any other entity is refused, so a DTD's
//   entities (a "billion laughs") are never expanded;
// - line ends are normalised (CR LF and CR to LF), and in attribute values tab, CR and LF become spaces;
// - CDATA is text, comments and processing instructions are skipped, a DOCTYPE (with its internal subset) too;
// - a close tag must match its open tag, one root element, nothing but white space outside it.

import { isSpace as isTrimmedSpace } from '../../core/text';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const LT = 60;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const GT = 62;

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

const PREDEFINED = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * Text with its entities and character references decoded; an entity no DTD-free document can define throws. A
 * worksheet's formulas are full of them (&quot;, &lt;&gt;): scanned with indexOf, not a replace with a callback per
 * entity (8,5 MB of garbage for the 11.000 formulas of a 660-block sheet).
 */
export function decode(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  // Pieces joined once: a string built with += is a rope of one object per piece, and a formula lives on in the grid.
  const out: string[] = [];
  let from = 0;
  while (amp >= 0) {
    // The name runs to ";" or to a character no name holds ("&", "<", white space), as /&([^;&\s<]*);?/ takes it.
    let k = amp + 1;
    while (k < s.length && !endsEntityName(s.charCodeAt(k))) k++;
    const closed = k < s.length && s.charCodeAt(k) === SEMICOLON;
    const name = s.slice(amp + 1, k);
    if (!closed || name === '') throw new Error(`XML: uafsluttet entitet ved "${s.slice(amp, closed ? k + 1 : k).slice(0, 20)}"`);
    out.push(s.slice(from, amp), entityValue(name));
    from = k + 1;
    amp = s.indexOf('&', from);
  }
  out.push(s.slice(from));
  return out.join('');
}

const SEMICOLON = 59;

/**
 * ";", "&", "<" or what a regular expression's \s matches: JavaScript's white space and line terminators, the set
 * String.prototype.trim takes off (core/text.ts).
 */
function endsEntityName(c: number): boolean {
  return c === SEMICOLON || c === 38 || c === LT || isTrimmedSpace(c);
}

/** What an entity or a character reference (its name, without & and ;) stands for; one no document may hold throws. */
export function entityValue(name: string): string {
  if (name.charCodeAt(0) === 35) {
    const hex = name[1] === 'x';
    const digits = name.slice(hex ? 2 : 1);
    const code = hex ? parseInt(digits, 16) : parseInt(digits, 10);
    if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) || !isXmlChar(code)) throw new Error(`XML: ugyldig tegnreference &${name};`);
    return String.fromCodePoint(code);
  }
  const v = PREDEFINED.get(name);
  if (v === undefined) throw new Error(`XML: ukendt entitet &${name};`);
  return v;
}

function isXmlChar(c: number): boolean {
  return c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

// XML names (tags and attributes): a letter, "_" or ":" first, then letters, digits, ".", "-", "_", ":" (and the
// non-ASCII ranges XML allows, taken broadly). A part has few distinct names: each is checked once.
const NAME =
  /^[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][\w.\-:\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*$/;
const validNames = new Set<string>();
function checkName(name: string, what: string): void {
  if (validNames.has(name)) return;
  if (!NAME.test(name)) throw new Error(`XML: ugyldigt ${what} "${name.slice(0, 20)}"`);
  validNames.add(name);
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Whether an attribute value holds what needs looking at ("<", CR, LF, tab, "&"): most ("A1", "3") hold none and are
 * taken as they are. A loop, not a regular expression: the values are short, and a test of one costs more to start.
 */
function attributeNeedsDecoding(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === LT || c === 38 || c === 10 || c === 13 || c === 9) return true;
  }
  return false;
}

function decodeAttribute(raw: string): string {
  if (!attributeNeedsDecoding(raw)) return raw;
  if (raw.indexOf('<') >= 0) throw new Error('XML: "<" i en attributværdi');
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('\n') >= 0 || s.indexOf('\t') >= 0) s = s.replace(/[\t\n]/g, ' ');
  return s.indexOf('&') < 0 ? s : decode(s);
}

/** A character no XML document may hold: controls, U+FFFE/U+FFFF, half a surrogate pair. One native pass a part. */
// eslint-disable-next-line no-control-regex -- the control characters XML forbids are what this finds
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What a step returns when its construct runs on past the chunk in hand: it is read again with the next one. */
const INCOMPLETE = -1;

/**
 * Parses a whole part; the handlers see every element, in document order. The part may come in chunks (a large
 * worksheet decoded piece by piece as it is read: one string of 5 MB costs more to make than its pieces), each
 * ending between two characters: a construct that runs past a chunk's end is read again with the next chunk, so the
 * events and the refusals are those of the whole text.
 */
export function parseXml(input: string | Iterable<string>, handlers: XmlHandlers): void {
  // One chunk read ahead, to know the last; empty chunks skipped: the first holds the document's start, a BOM with it.
  const source = (typeof input === 'string' ? [input] : input)[Symbol.iterator]();
  const nextChunk = (): string | undefined => {
    for (let r = source.next(); !r.done; r = source.next()) if (r.value !== '') return r.value;
    return undefined;
  };
  const stack: string[] = [];
  const { open, close, text } = handlers;
  let rootDone = false;
  // Positions in the whole text: `base` is where `xml` starts in it, `start` where the document begins (past a BOM).
  let base = 0;
  let start = 0;
  let xml = '';
  let i = 0;
  let ahead: string | undefined = nextChunk() ?? '';
  for (let first = true; ahead !== undefined; first = false) {
    const chunk: string = ahead;
    ahead = nextChunk();
    const bad = NOT_XML.exec(chunk);
    if (bad) throw new Error(`XML: tegnet U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} er ikke tilladt`);
    if (first) {
      xml = chunk;
      start = i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    } else {
      base += i;
      xml = xml.slice(i) + chunk;
      i = 0;
    }
    const last = ahead === undefined;
    const n = xml.length;
    while (i < n) {
      const lt = xml.indexOf('<', i);
      // A text that may go on in the next chunk, or a "<" alone at the end: read with the next chunk.
      if (!last && (lt < 0 || lt + 1 >= n)) break;
      const end = lt < 0 ? n : lt;
      if (end > i) {
        if (stack.length === 0) for (let k = i; k < end; k++) if (!isSpace(xml.charCodeAt(k))) throw new Error('XML: tekst uden for rodelementet');
        // As saxes: white space that opens the document is no text; any later, even outside the root, is.
        if (base + i !== start) {
          // Checked and decoded whether or not the handlers want text: a part is refused alike by every reader.
          const raw = xml.slice(i, end);
          if (raw.indexOf(']]>') >= 0) throw new Error('XML: "]]>" i tekst');
          const t = decode(raw);
          if (text) text(t);
        }
      }
      if (lt < 0) {
        i = n;
        break;
      }
      i = lt;
      const c = xml.charCodeAt(lt + 1);
      let next: number;
      if (c === SLASH) next = closeTag(xml, lt, stack, close, last);
      else if (c === QUESTION) next = instruction(xml, lt, base + lt === start, last);
      else if (c === BANG) next = special(xml, lt, stack.length > 0, text, last);
      else {
        if (rootDone && stack.length === 0) throw new Error('XML: mere end ét rodelement');
        next = openTag(xml, lt, stack, open, close, last);
      }
      if (next === INCOMPLETE) break;
      i = next;
      // The root closed, or closed itself (<sheetData/> alone): it is done.
      if (c !== QUESTION && c !== BANG && stack.length === 0) rootDone = true;
    }
  }
  if (stack.length > 0) throw new Error(`XML: <${stack[stack.length - 1]}> lukkes aldrig`);
  if (!rootDone) throw new Error('XML: intet rodelement');
}

/** A close tag at `lt`, matched with the open tag it closes; returns where the scan goes on. */
function closeTag(xml: string, lt: number, stack: string[], close: XmlHandlers['close'], last: boolean): number {
  const gt = xml.indexOf('>', lt);
  if (gt < 0 && !last) return INCOMPLETE;
  if (gt < 0) throw new Error('XML: uafsluttet sluttag');
  const name = xml.slice(lt + 2, gt).trimEnd();
  const top = stack.pop();
  if (top !== name) throw new Error(`XML: </${name}> lukker ${top === undefined ? 'intet' : `<${top}>`}`);
  if (close) close(localName(name));
  return gt + 1;
}

/** A processing instruction at `lt` (the XML declaration only where the document starts); returns where the scan goes on. */
function instruction(xml: string, lt: number, atStart: boolean, last: boolean): number {
  const q = xml.indexOf('?>', lt + 2);
  if (q < 0 && !last) return INCOMPLETE;
  if (q < 0) throw new Error('XML: uafsluttet behandlingsinstruktion');
  const target = /^[^\s?]*/.exec(xml.slice(lt + 2, q))![0];
  checkName(target, 'instruktionsnavn');
  if (target.toLowerCase() === 'xml' && !atStart) throw new Error('XML: erklæringen står ikke først');
  return q + 2;
}

/** A comment, CDATA or DOCTYPE at `lt`; returns where the scan goes on. */
function special(xml: string, lt: number, inRoot: boolean, text: XmlHandlers['text'], last: boolean): number {
  // Too little left to tell a comment, CDATA and a DOCTYPE apart: read with the next chunk.
  if (!last && xml.length - lt < 9) return INCOMPLETE;
  if (xml.startsWith('<!--', lt)) {
    const e = xml.indexOf('-->', lt + 4);
    if (e < 0 && !last) return INCOMPLETE;
    if (e < 0) throw new Error('XML: uafsluttet kommentar');
    // "--" may not stand inside a comment, nor "-" end it.
    const dashes = xml.indexOf('--', lt + 4);
    if (dashes < e || (e > lt + 4 && xml.charCodeAt(e - 1) === 45)) throw new Error('XML: "--" i en kommentar');
    return e + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const e = xml.indexOf(']]>', lt + 9);
    if (e < 0 && inRoot && !last) return INCOMPLETE;
    if (e < 0 || !inRoot) throw new Error('XML: CDATA uden for rodelementet eller uafsluttet');
    if (text) text(xml.slice(lt + 9, e).replace(/\r\n?/g, '\n'));
    return e + 3;
  }
  if (xml.startsWith('<!DOCTYPE', lt) && !inRoot) {
    // The internal subset, if any, runs to its ']'; the declaration ends at the next '>' after it.
    let subset = false;
    for (let k = lt + 9; k < xml.length; k++) {
      const ch = xml.charCodeAt(k);
      if (ch === 91) subset = true;
      else if (ch === 93) subset = false;
      else if (ch === 34 || ch === 39) {
        const q = xml.indexOf(xml[k], k + 1);
        if (q < 0) break;
        k = q;
      } else if (ch === GT && !subset) return k + 1;
    }
    if (!last) return INCOMPLETE;
    throw new Error('XML: uafsluttet DOCTYPE');
  }
  throw new Error(`XML: ukendt erklæring ved "${xml.slice(lt, lt + 12)}"`);
}

/** An open tag at `lt` (its attributes read, a self-closing one closed at once); returns where the scan goes on. */
function openTag(xml: string, lt: number, stack: string[], open: XmlHandlers['open'], close: XmlHandlers['close'], last: boolean): number {
  const n = xml.length;
  let k = lt + 1;
  while (k < n) {
    const ch = xml.charCodeAt(k);
    if (ch === GT || ch === SLASH || isSpace(ch)) break;
    if (ch === LT) throw new Error('XML: "<" i et tagnavn');
    k++;
  }
  // Where the text in hand ends before the tag does, the tag is read again with the next chunk (open is called only
  // for a whole tag).
  if (k >= n && !last) return INCOMPLETE;
  const name = xml.slice(lt + 1, k);
  checkName(name, 'tagnavn');
  const attributes: Record<string, string> = {};
  for (;;) {
    while (k < n && isSpace(xml.charCodeAt(k))) k++;
    if (k >= n && !last) return INCOMPLETE;
    if (k >= n) throw new Error(`XML: <${name}> er uafsluttet`);
    const ch = xml.charCodeAt(k);
    if (ch === GT) {
      stack.push(name);
      open(localName(name), attributes);
      return k + 1;
    }
    if (ch === SLASH) {
      if (k + 1 >= n && !last) return INCOMPLETE;
      if (xml.charCodeAt(k + 1) !== GT) throw new Error(`XML: "/" uden ">" i <${name}>`);
      open(localName(name), attributes);
      if (close) close(localName(name));
      return k + 2;
    }
    const eq = xml.indexOf('=', k);
    if (eq < 0 && !last) return INCOMPLETE;
    if (eq < 0) throw new Error(`XML: attribut uden værdi i <${name}>`);
    const attr = xml.slice(k, eq).trimEnd();
    checkName(attr, 'attributnavn');
    let q = eq + 1;
    while (q < n && isSpace(xml.charCodeAt(q))) q++;
    if (q >= n && !last) return INCOMPLETE;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") throw new Error(`XML: attributværdi uden anførselstegn i <${name}>`);
    const close2 = xml.indexOf(quote, q + 1);
    if (close2 < 0 && !last) return INCOMPLETE;
    if (close2 < 0) throw new Error(`XML: uafsluttet attributværdi i <${name}>`);
    if (attr in attributes) throw new Error(`XML: attributten ${attr} står to gange i <${name}>`);
    attributes[attr] = decodeAttribute(xml.slice(q + 1, close2));
    k = close2 + 1;
    if (k >= n && !last) return INCOMPLETE;
    const after = xml.charCodeAt(k);
    if (!(isSpace(after) || after === GT || after === SLASH)) throw new Error(`XML: intet mellemrum efter en attribut i <${name}>`);
  }
}
