// The CLI's V8 settings, made before any work: the young generation kept at its initial size, and TurboFan
// without inlining. Set at run time, they are the V8 settings that still apply after start-up.
//
// A command builds a grid and a model that live to its end; with the young generation growing (V8's default, to
// 16 MB a semi-space), every scavenge copies more of them before they are promoted anyway. Kept small, the same
// run took less memory and less time on this machine (whole processes, paired, docs/bench.md): validate of 660
// blocks 0,89 × the time and 0,80 × the memory, of 60 blocks 0,95 × and 0,92 ×; consolidate of 11 files the
// same time and 0,86 × the memory. At 6.600 blocks (national scale) validate takes 1,1 × the time, within the
// bench's linear-growth bound.
//
// A command runs for a second or two, most of it code V8 sees for the first time. TurboFan's inlining makes each
// optimised function a large graph: compiled on the second of this machine's two cores, it took the time the
// collector's helper needed, and its compile zones are memory first written (a tenth of validate's page faults,
// docs/bench.md). Without it (paired, whole processes): validate of 660 blocks 0,88 × the time and 13.100 page
// faults against 16.000, consolidate of 11 files 0,81 ×, validate of 6.600 blocks 1,01 × (within the noise). The
// pane and the bench's in-process core keep V8's defaults: they run the same code again and again.
import { setFlagsFromString } from 'node:v8';

export function tuneV8(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--no-turbo-inlining');
}
