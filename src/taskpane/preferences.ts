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
