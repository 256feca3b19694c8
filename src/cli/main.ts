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
import { EXIT, oneLine, stdio, unexpectedError, type Output } from './output';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

export function buildProgram(io: Output, setExit: (code: number) => void): Command {
  const program = new Command('takst')
    .description('Takstskema: læs, kontrollér og udfyld det nordjyske takstskema (2027-layoutet)')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: (s, write) => write(`${argumentError(s)}\n`) });
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

/** Commander's own messages (a missing option, an unknown command), as the tool's other refusals: Danish, then English, one line. */
const ARGUMENT_ERRORS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/required option '([^']+)' not specified/, (m) => `tilvalget ${m[1]} mangler`],
  [/option '([^']+)' argument missing/, (m) => `tilvalget ${m[1]} mangler sin værdi`],
  [/missing required argument '([^']+)'/, (m) => `argumentet <${m[1]}> mangler`],
  [/unknown option '([^']+)'/, (m) => `ukendt tilvalg ${m[1]}`],
  [/unknown command '([^']+)'/, (m) => `ukendt kommando ${m[1]}; takst --help viser kommandoerne`],
  [/too many arguments/, () => 'for mange argumenter'],
];

export function argumentError(text: string): string {
  const english = oneLine(text.replace(/^error:\s*/i, ''));
  for (const [re, danish] of ARGUMENT_ERRORS) {
    const m = re.exec(english);
    if (m) return `takst: ${danish(m)} / ${english}`;
  }
  return `takst: ${english}`;
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

/**
 * The process's last line of defence: an error that escapes a command (a stray promise in a library, a stream
 * error after the command returned) still ends as one Danish line and exit code 2, never a stack trace, unless
 * TAKST_DEBUG is set. A closed pipe (takst inspect … | head) ends quietly.
 */
function guardProcess(): void {
  const fail = (e: unknown) => {
    if ((e as NodeJS.ErrnoException)?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`${unexpectedError(e)}\n`);
    process.exit(EXIT.input);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  process.stdout.on('error', fail);
}

export async function main(): Promise<void> {
  guardProcess();
  process.exitCode = await run(process.argv.slice(2));
}
