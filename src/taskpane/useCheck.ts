// The Kontrol tab's work: check and mark, clear the marks, and re-check after edits (debounced, once the user has
// checked at least once), as one state machine. The tab draws it; the hook knows nothing of the DOM.
import { subscribeEdits } from './edits';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckOutcome } from '../core/check';
import { loadEngine } from './engine';
import type { WorkbookPort } from '../core/port';
import type { Snapshot } from '../core/model/snapshot';
import { describeError, logError } from './errors';

export type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; previous: CheckOutcome | null }
  | { kind: 'done'; outcome: CheckOutcome; checkedAt: Date }
  | { kind: 'cleared'; removed: number }
  | { kind: 'failed'; message: string; previous: CheckOutcome | null };

export interface UseCheckOptions {
  snapshot?: Snapshot;
  /** Quiet time after an edit before the automatic re-check, in ms. */
  debounceMs: number;
  /** Re-check after edits. */
  auto: boolean;
  /** Called after the marks are cleared (the tab forgets its selected finding). */
  onCleared?: () => void;
  /** Grows with every write of the pane's own (prefill, fill, undo): each one re-checks. */
  generation?: number;
}

export function useCheck(port: WorkbookPort, { snapshot, debounceMs, auto, onCleared, generation = 0 }: UseCheckOptions) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  /** An edit was seen and the re-check waits for the quiet time: the tab says so. */
  const [pending, setPending] = useState(false);
  const running = useRef(false);
  const checkedOnce = useRef(false);

  const check = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setPending(false);
    setState((s) => ({ kind: 'busy', what: 'Kontrollerer …', previous: s.kind === 'done' ? s.outcome : null }));
    try {
      const { checkAndMark } = await loadEngine();
      const outcome = await checkAndMark(port, { snapshot });
      checkedOnce.current = true;
      setState({ kind: 'done', outcome, checkedAt: new Date() });
    } catch (e) {
      logError(e);
      setState((s) => ({ kind: 'failed', message: describeError(e), previous: s.kind === 'busy' ? s.previous : null }));
    } finally {
      running.current = false;
    }
  }, [port, snapshot]);

  const clear = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setState((s) => ({ kind: 'busy', what: 'Fjerner markeringer …', previous: s.kind === 'done' ? s.outcome : null }));
    try {
      const removed = await port.clearMarks();
      // The automatic re-check goes on (its switch says so): the next edit checks and marks again.
      onCleared?.();
      setState({ kind: 'cleared', removed });
    } catch (e) {
      logError(e);
      setState((s) => ({ kind: 'failed', message: describeError(e), previous: s.kind === 'busy' ? s.previous : null }));
    } finally {
      running.current = false;
    }
  }, [port]);

  // Re-check after edits, once the user has checked at least once, debounced; switched off by the toggle.
  useEffect(() => {
    if (!auto) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = subscribeEdits(port, () => {
      if (!checkedOnce.current) return;
      clearTimeout(timer);
      setPending(true);
      timer = setTimeout(() => void check(), debounceMs);
    });
    return () => {
      clearTimeout(timer);
      setPending(false);
      stop();
    };
  }, [auto, port, check, debounceMs]);

  // The pane's own writes change the sheet as an edit does: the counts, findings and marks follow at once.
  useEffect(() => {
    if (generation > 0) void check();
  }, [generation]);

  const lastOutcome = state.kind === 'done' ? state.outcome : state.kind === 'busy' || state.kind === 'failed' ? state.previous : null;
  return { state, check, clear, lastOutcome, pending };
}
