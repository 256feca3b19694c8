// The pane's one preference (re-check after edits), kept in the browser's storage where the host allows it.
const KEY = 'takstskema:auto-check';

export function loadAutoCheck(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function saveAutoCheck(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Storage blocked (some Excel on the web iframes): the choice lasts for this session only.
  }
}

const MAPPING_KEY = 'takstskema:kolonner:';

/** A column mapping the user chose for a table with these headers, kept for the next file like it. */
export function loadMapping(headers: string[]): Record<string, string> | null {
  try {
    const raw = globalThis.localStorage?.getItem(MAPPING_KEY + headers.join('\u241f'));
    return raw ? (JSON.parse(raw) as Record<string, string>) : null;
  } catch {
    return null;
  }
}

export function saveMapping(headers: string[], columns: Record<string, string>): void {
  try {
    globalThis.localStorage?.setItem(MAPPING_KEY + headers.join('\u241f'), JSON.stringify(columns));
  } catch {
    // Storage blocked: the choice lasts for this session only.
  }
}
