// A module in a chunk of its own, loaded once: `load()` starts it (or gives the same promise again), `current` is
// the module once it has arrived, and `useModule()` gives a component the module at once when it is there, else null
// until it is (and starts loading it). A chunk that cannot load (a new release removed it) is thrown while drawing,
// so the nearest ErrorBoundary says so instead of the pane leaving a part out.
import { useEffect, useState } from 'react';

export interface LazyModule<T> {
  load(): Promise<T>;
  readonly current: T | null;
  useModule(): T | null;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let current: T | null = null;
  let loading: Promise<T> | null = null;
  const load = () => (loading ??= importer().then((m) => (current = m)));
  return {
    load,
    get current() {
      return current;
    },
    useModule() {
      const [m, setM] = useState<T | null>(current);
      const [failed, setFailed] = useState<unknown>(null);
      useEffect(() => {
        if (m) return;
        let live = true;
        load().then(
          (x) => live && setM(() => x),
          (e: unknown) => live && setFailed(() => e ?? new Error('ChunkLoadError')),
        );
        return () => {
          live = false;
        };
      }, [m]);
      if (failed) throw failed;
      return m;
    },
  };
}
