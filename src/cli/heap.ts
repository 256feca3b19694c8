// The CLI's heap setting, made before any work: V8's young generation kept at its initial size.
//
// A command builds a grid and a model that live to its end; with the young generation growing (V8's default, to
// 16 MB a semi-space), every scavenge copies more of them before they are promoted anyway. Kept small, the same
// run took less memory and less time on this machine (whole processes, paired, docs/bench.md): validate of 660
// blocks 0,89 × the time and 0,80 × the peak memory, of 60 blocks 0,95 × and 0,92 ×; consolidate of 11 files the
// same time and 0,86 × the memory. At 6.600 blocks (national scale) validate takes 1,1 × the time, within the
// bench's linear-growth bound. Set at run time, it is the one V8 setting that still applies after start-up.
import { setFlagsFromString } from 'node:v8';

export function tuneHeap(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
