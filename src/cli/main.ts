// The `takst` command line: one file per command under commands/, wired here.
import { Command, CommanderError } from 'commander';
import { registerConsolidate } from './commands/consolidate';
import { registerExplain } from './commands/explain';
import { registerExport } from './commands/export';
import { registerFill } from './commands/fill';
import { registerInspect } from './commands/inspect';
import { registerPrefill } from './commands/prefill';
import { registerSnapshot } from './commands/snapshot';
import { registerTemplate } from './commands/template';
import { registerValidate } from './commands/validate';
import { EXIT, stdio, type Output } from './io';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

export function buildProgram(io: Output, setExit: (code: number) => void): Command {
  const program = new Command('takst')
    .description('Takstskema: læs, kontrollér og udfyld det nordjyske takstskema (2027-layoutet)')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerTemplate(program, io, setExit);
  registerInspect(program, io, setExit);
  registerValidate(program, io, setExit);
  registerPrefill(program, io, setExit);
  registerSnapshot(program, io, setExit);
  registerFill(program, io, setExit);
  registerExplain(program, io, setExit);
  registerExport(program, io, setExit);
  registerConsolidate(program, io, setExit);
  return program;
}

/** Runs the CLI and returns the exit code (the tests call this in-process). */
export async function run(argv: string[], io: Output = stdio): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.input;
    throw e;
  }
  return code;
}

export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2));
}
