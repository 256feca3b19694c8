// Errors of the run (the source cannot be read), as opposed to findings about its content: the core's catalogue.
import { RunError, type RunErrorCode } from '../../core/errors';

export type InputErrorCode = RunErrorCode;

/** A file or argument the tool cannot work with; the CLI prints its message and exits with the catalogue's code. */
export { RunError as InputError };

/** A file that cannot be read as an xlsx, with what exactly failed (every reader refuses it in these words). */
export function corruptFile(name: string, detail: string): RunError {
  return new RunError('corrupt', `Filen er beskadiget og kan ikke læses (${detail}): ${name} / The file is damaged and cannot be read`);
}
