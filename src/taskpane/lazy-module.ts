// A module in a chunk of its own, loaded once: `load()` starts it (or gives the same promise again), `current` is
// the module once it has arrived, and `useModule()` gives a component the module at once when it is there, else null
// until it is (and starts loading it).
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
      useEffect(() => {
        if (m) return;
        let live = true;
        void load()
          .then((x) => live && setM(() => x))
          .catch(() => undefined); // a chunk that cannot load: the caller's own path says so (or shows nothing)
        return () => {
          live = false;
        };
      }, [m]);
      return m;
    },
  };
}
