// The check's engine (the Office adapter, layout discovery, the rules, the zod schemas, the bundled snapshot) in a
// chunk of its own, requested as soon as the pane's script runs: it loads while Office.js starts and the workbook
// connects, so the first chunk holds only React, Fluent and the Kontrol tab's own code (docs/bench.md).
import { lazyModule } from './lazy-module';

export type Engine = typeof import('./engine-impl');

const engine = lazyModule<Engine>(() => import(/* webpackChunkName: "kontrol" */ './engine-impl'));

/** Loads the engine once; every caller gets the same module. */
export const loadEngine = engine.load;

/** The engine when it is loaded (at once, if it already is), else null until it is; starts loading it. */
export const useEngine = engine.useModule;
