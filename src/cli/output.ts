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

/** What a command's `.run` module exports: the action, made from the output and the exit-code setter. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command's action takes commander's own arguments
export type MakeAction = (io: Output, setExit: (code: number) => void) => (...args: any[]) => unknown;

/** A command's action, loaded when the command runs: `load` imports the command's `.run` module (its `makeAction`). */
export function lazy(load: () => Promise<{ makeAction: MakeAction }>, io: Output, setExit: (code: number) => void): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    const { makeAction } = await load();
    await makeAction(io, setExit)(...args);
  };
}
