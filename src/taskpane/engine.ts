// The check's engine (layout discovery, the rules, the zod schemas, the bundled snapshot) in a chunk of its own,
// requested as soon as the pane's script runs: it loads while Office.js starts and the workbook connects, so the
// first chunk holds only React, Fluent and the Kontrol tab's own code (docs/bench.md).
import { useEffect, useState } from 'react';

export type Engine = typeof import('./engine-impl');

let loaded: Engine | null = null;
let loading: Promise<Engine> | null = null;

/** Loads the engine once; every caller gets the same module. */
export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "kontrol" */ './engine-impl').then((m) => (loaded = m));
  return loading;
}

/** The engine when it is loaded (at once, if it already is), else null until it is; starts loading it. */
export function useEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(loaded);
  useEffect(() => {
    if (engine) return;
    let live = true;
    void loadEngine().then((m) => live && setEngine(m));
    return () => {
      live = false;
    };
  }, [engine]);
  return engine;
}
