// Every property test of `npm test` runs from one fixed seed, so the suite passes or fails the same way on every
// machine; FC_SEED=n explores another (a failure prints its seed and path: add it as a fixed case).
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261206) });
