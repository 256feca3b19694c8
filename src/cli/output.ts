// What the command line needs before any command runs: where it prints, one-line messages, and the lazy loading of
// a command's work (so that `takst --help` reads no exceljs, zod or core). Kept free of heavy imports on purpose.
export { EXIT } from '../core/errors';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const stdio: Output = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

/** A message as one line for stderr (core/one-line.ts). */
import { oneLine } from '../core/one-line';
export { oneLine };

/** An error nobody foresaw, as one line (and its stack after it only with TAKST_DEBUG). */
export function unexpectedError(e: unknown): string {
  return `takst: ${oneLine(`Uventet fejl: ${(e as Error)?.message ?? String(e)} / Unexpected error`)}${process.env.TAKST_DEBUG ? `\n${(e as Error)?.stack ?? ''}` : ''}`;
}

/**
 * A command's action, loaded when the command runs: `load` imports the command's `.run` module, whose export
 * `name` makes the action from the output and the exit-code setter.
 */
export function lazy(
  load: () => Promise<Record<string, unknown>>,
  name: string,
  io: Output,
  setExit: (code: number) => void,
): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    const make = (await load())[name] as (io: Output, setExit: (code: number) => void) => (...a: unknown[]) => unknown;
    await make(io, setExit)(...args);
  };
}
