// Looks at an xlsx's bytes before anything inflates them, without Node: the pane uses it on a picked file (the
// CLI's guard.ts does the same and more with yauzl). Reads the zip's central directory for the declared sizes.

/** The limits on a file read by the tool, the same in the CLI and the pane. */
export const LIMITS = {
  /** Largest file accepted. */
  fileBytes: 50 * 1024 * 1024,
  /** Largest sheet accepted, in rows. */
  sheetRows: 100_000,
  /** Largest sheet accepted, in cells (a national-scale skema of 6.600 blocks has about 1,3 million). */
  sheetCells: 2_000_000,
  /** Largest total uncompressed size of the zip's entries. */
  uncompressedBytes: 400 * 1024 * 1024,
};

export const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export type ZipCheck = { ok: true; uncompressedBytes: number; names: string[] } | { ok: false; reason: 'encrypted' | 'not-xlsx' | 'corrupt' | 'zip-bomb' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Declared total over `limit` (or unknowable, as in zip64) is a zip bomb; a zip without xl/workbook.xml is not an xlsx. */
export function checkXlsxBytes(bytes: Uint8Array, limit = LIMITS.uncompressedBytes): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 4 && view.getUint32(0, false) === 0xd0cf11e0) return { ok: false, reason: 'encrypted' };
  if (bytes.length < 4 || view.getUint32(0, true) !== 0x04034b50) return { ok: false, reason: 'not-xlsx' };
  // The end-of-central-directory record is in the last 22 + 65.535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'corrupt' };
  let count = view.getUint16(end + 10, true);
  let cdOffset = view.getUint32(end + 16, true);
  // A zip64 archive keeps the real count and offset in its zip64 end record, found through the locator before the
  // end record (valid: unzip, Python, exceljs and yauzl read it).
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return { ok: false, reason: 'corrupt' };
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_END) return { ok: false, reason: 'corrupt' };
    count = Number(view.getBigUint64(record + 32, true));
    cdOffset = Number(view.getBigUint64(record + 48, true));
  }
  let p = cdOffset;
  let total = 0;
  let workbook = false;
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return { ok: false, reason: 'corrupt' };
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) return { ok: false, reason: 'corrupt' };
    const name = new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // xl/workbook.xml, or a workbook part elsewhere that the package's relationships name (read by adapters/xlsx).
    if (/^([^/]+\/)?workbook\.xml$/.test(name)) workbook = true;
    names.push(name);
    const real = size === 0xffffffff ? zip64Size(view, p + 46 + nameLen, extraLen) : size;
    // A size no header gives (a zip64 marker without its extra field) cannot be bounded: refused as a bomb.
    if (real === null) return { ok: false, reason: 'zip-bomb' };
    total += real;
    if (total > limit) return { ok: false, reason: 'zip-bomb' };
    p += 46 + nameLen + extraLen + commentLen;
  }
  return workbook ? { ok: true, uncompressedBytes: total, names } : { ok: false, reason: 'not-xlsx' };
}

const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;

/** An entry's uncompressed size from its zip64 extra field (id 1, the size first), or null when it has none. */
function zip64Size(view: DataView, at: number, length: number): number | null {
  for (let q = at; q + 4 <= at + length && q + 4 <= view.byteLength;) {
    const id = view.getUint16(q, true);
    const len = view.getUint16(q + 2, true);
    if (id === 1 && len >= 8 && q + 12 <= view.byteLength) return Number(view.getBigUint64(q + 4, true));
    q += 4 + len;
  }
  return null;
}

/** The pane's Danish sentence for a refused file. */
export function zipCheckMessage(name: string, reason: Exclude<ZipCheck, { ok: true }>['reason']): string {
  switch (reason) {
    case 'encrypted':
      return `${name} er adgangskodebeskyttet eller en gammel .xls-fil. Gem den som .xlsx uden adgangskode.`;
    case 'not-xlsx':
      return `${name} er ikke en Excel-arbejdsbog (.xlsx).`;
    case 'zip-bomb':
      return `${name} udpakker til mere end ${MB(LIMITS.uncompressedBytes)} og læses ikke.`;
    default:
      return `${name} er beskadiget og kan ikke læses.`;
  }
}
