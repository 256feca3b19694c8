// Errors of the run (the source cannot be read), as opposed to findings about its content: the core's catalogue.
import { RunError } from '../../core/errors';

/** A file that cannot be read as an xlsx, with what exactly failed (every reader refuses it in these words). */
export function corruptFile(name: string, detail: string): RunError {
  return new RunError('corrupt', `Filen er beskadiget og kan ikke læses (${detail}): ${name} / The file is damaged and cannot be read`);
}
