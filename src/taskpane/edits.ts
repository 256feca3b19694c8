// Listening for a user's edits through the port, for an effect: returns the function that stops listening, also
// when it is called before the host has finished subscribing. A port without edits (a file) gives a no-op.
import type { WorkbookPort } from '../core/port';
import { logError } from './errors';

export function subscribeEdits(port: WorkbookPort, listener: () => void): () => void {
  if (!port.onEdit) return () => undefined;
  let stop: (() => void) | undefined;
  let alive = true;
  void port
    .onEdit(listener)
    .then((s) => (alive ? (stop = s) : s()))
    .catch((e) => logError(e));
  return () => {
    alive = false;
    stop?.();
  };
}
