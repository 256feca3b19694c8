// The CLI in a process of its own, for the tests that measure a command's time and peak memory: runs the command,
// then prints "maxrss <KB>" on stderr and exits with the command's code.
import { run } from '../../src/cli/main';
import { stdio } from '../../src/cli/output';

void run(process.argv.slice(2), stdio).then((code) => {
  process.stderr.write(`\nmaxrss ${process.resourceUsage().maxRSS}\n`);
  process.exit(code);
});
