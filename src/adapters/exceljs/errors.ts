// Errors of the run (the source cannot be read), as opposed to findings about its content: the core's catalogue.
import { RunError, type RunErrorCode } from '../../core/errors';

export type InputErrorCode = RunErrorCode;

/** A file or argument the tool cannot work with; the CLI prints its message and exits with the catalogue's code. */
export { RunError as InputError };
