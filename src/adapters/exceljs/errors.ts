// Errors of the run (the source cannot be read), as opposed to findings about its content: the core's catalogue.
import type { RunError } from '../../core/errors';
import { runError } from '../../core/run-messages';

/** A file that cannot be read as an xlsx, with what exactly failed (every reader refuses it in these words). */
export function corruptFile(name: string, detail: string): RunError {
  return runError('corrupt', { file: name, detail });
}
