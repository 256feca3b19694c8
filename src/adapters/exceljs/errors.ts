// Errors of the run (the source cannot be read), as opposed to findings about its content.

export type InputErrorCode =
  | 'not-found'
  | 'too-large'
  | 'too-many-rows'
  | 'zip-bomb'
  | 'encrypted'
  | 'not-xlsx'
  | 'corrupt'
  | 'no-takstskema'
  | 'no-such-sheet'
  | 'bad-argument'
  | 'would-overwrite'
  | 'bad-snapshot'
  | 'not-csv';

/** A file or argument the tool cannot work with; the CLI prints its message and exits with code 2. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    /** Danish first, then English, in one line. */
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
