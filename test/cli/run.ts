// Runs the CLI in-process and gives its exit code and what it printed, for the tests of the commands.
import { run } from '../../src/cli/main';

export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
