// Every file a command writes, as one transaction: each target is checked against every input (by real path and
// by device + inode, so a symlink, a second name or another letter case cannot reach an input), written to a
// temporary beside it, and renamed into place only when all are written. A command that fails has changed nothing.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { runError } from '../../core/run-messages';

/** The temporaries of this tool: `<target>.takst-<pid>-<n>.tmp` (and the older `<target>.takst-<pid>.tmp`, `<target>.<pid>.tmp`). */
const TEMP = /^(.*)\.(?:takst-)?(\d+)(?:-\d+)?\.tmp$/;
/** Numbers the temporaries of this process, so two writes of one run never share one. */
let temporaries = 0;

async function statOf(p: string): Promise<Stats | null> {
  return fs.stat(p).catch(() => null);
}

/** The real path of a file, or of its folder plus its name when the file does not exist yet. */
async function realPathOf(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    const dir = await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
    return path.join(dir, path.basename(abs));
  }
}

/** True when the two paths name the same file: the same real path, or the same device and inode. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realPathOf(a), realPathOf(b)]);
  if (ra === rb) return true;
  const [sa, sb] = await Promise.all([statOf(a), statOf(b)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporaries an earlier run left beside this target (killed during a write). */
async function cleanEarlierTemporaries(target: string): Promise<void> {
  const dir = path.dirname(target);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const n of names) {
    const m = TEMP.exec(n);
    if (m && m[1] === path.basename(target) && Number(m[2]) !== process.pid && !alive(Number(m[2]))) await fs.rm(path.join(dir, n), { force: true });
  }
}

export interface OutputOptions {
  /** Overwrite a target that exists already (otherwise refused, as `template` always did). */
  force?: boolean;
}

/** Workbooks that carry macros or another format: exceljs would write plain xlsx content under their name. */
const NOT_WRITABLE = /\.(xlsm|xltm|xlsb|xls|xlam)$/i;

export class OutputSet {
  private readonly staged: Array<{ target: string; tmp: string }> = [];
  private readonly createdFolders: string[] = [];

  constructor(
    private readonly inputs: string[],
    private readonly options: OutputOptions = { force: true },
  ) {}

  /**
   * Checks the targets before anything is written: none is an input, a folder, or (without force) an existing
   * file. Throws an RunError naming the target.
   */
  async check(targets: string[]): Promise<void> {
    for (const target of targets) {
      for (const input of this.inputs) {
        if (await sameFile(target, input)) {
          throw runError('outputIsInput', { target, input });
        }
      }
      if (NOT_WRITABLE.test(target)) {
        throw runError('onlyXlsx', { target });
      }
      // A trailing slash names a folder, whether it exists or not: never a file called "nodir".
      if (/[/\\]$/.test(target)) throw runError('trailingSlash', { target });
      const s = await statOf(target);
      if (s?.isDirectory()) throw runError('outputIsFolder', { target });
      // A device, a pipe or a socket is never replaced by a file, --force or not (as root, /dev/full would be deleted).
      if (s && !s.isFile()) throw runError('notRegularFile', { target });
      if (s && !this.options.force) throw runError('outputExists', { target });
      const dir = await statOf(path.dirname(path.resolve(target)));
      if (!dir?.isDirectory()) throw runError('folderNotFound', { dir: path.dirname(target) });
    }
  }

  /** Creates an output folder; removed again on abort when this run created it. */
  async folder(dir: string): Promise<void> {
    const abs = path.resolve(dir);
    // One level under a folder that exists: a plain mkdir, whose error says what is wrong (a read-only drive is
    // EROFS; the recursive form reports it as ENOENT, "findes ikke").
    if ((await statOf(path.dirname(abs)))?.isDirectory() && !(await statOf(abs))) {
      await fs.mkdir(abs);
      this.createdFolders.push(abs);
      return;
    }
    const first = await fs.mkdir(abs, { recursive: true });
    if (first) this.createdFolders.push(first);
  }

  /** Writes one output into its temporary; a file error names the target, not the temporary. */
  async write(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
    await this.check([target]);
    const abs = path.resolve(target);
    await cleanEarlierTemporaries(abs);
    const tmp = `${abs}.takst-${process.pid}-${++temporaries}.tmp`;
    this.staged.push({ target: abs, tmp });
    try {
      await write(tmp);
    } catch (e) {
      // The error names the target (a full disk, a read-only drive), never the temporary or nothing.
      const err = e as NodeJS.ErrnoException;
      if (err && typeof err.code === 'string' && (err.path === tmp || err.path === undefined)) err.path = target;
      throw e;
    }
  }

  /**
   * Puts every temporary in place. With --force a rename (replacing the file); without, a hard link that fails when
   * the target appeared meanwhile (another run writing the same file): that run's file is kept and this one is
   * refused, never silently replaced. Where links are not supported (some network drives) the target is checked
   * once more just before the rename.
   */
  async commit(): Promise<void> {
    for (const s of this.staged) {
      if (this.options.force) await fs.rename(s.tmp, s.target);
      else await this.placeExclusively(s.tmp, s.target);
    }
    this.staged.length = 0;
  }

  private async placeExclusively(tmp: string, target: string): Promise<void> {
    try {
      await fs.link(tmp, target);
      await fs.rm(tmp, { force: true });
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw runError('writtenMeanwhile', { target });
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw e;
    }
    if (await statOf(target)) throw runError('appearedMeanwhile', { target });
    await fs.rename(tmp, target);
  }

  /** Removes every temporary: nothing at any target changed. */
  async abort(): Promise<void> {
    await Promise.all(this.staged.map((s) => fs.rm(s.tmp, { force: true })));
    this.staged.length = 0;
    for (const dir of this.createdFolders.reverse()) await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Runs `body` with an output set: all outputs land together, or (on any error) none does. */
export async function writeOutputs<T>(inputs: string[], options: OutputOptions, body: (out: OutputSet) => Promise<T>): Promise<T> {
  const out = new OutputSet(inputs, options);
  try {
    const result = await body(out);
    await out.commit();
    return result;
  } catch (e) {
    await out.abort();
    throw e;
  }
}

/**
 * Writes one output through a temporary file beside the target, then renames: a crash never leaves half a file, and
 * an output that is one of the inputs (by any path) is refused. Several outputs of one command: `writeOutputs`.
 */
export async function writeAtomically(
  target: string,
  write: (tmp: string) => Promise<void>,
  inputs: string[] = [],
  options: OutputOptions = { force: true },
): Promise<void> {
  await writeOutputs(inputs, options, (out) => out.write(target, write));
}

export const textWriter = (text: string) => (tmp: string) => fs.writeFile(tmp, text);

/** A text output (JSON, CSV), written the same way. */
export async function saveText(target: string, text: string, inputs: string[] = [], options?: OutputOptions): Promise<void> {
  await writeAtomically(target, textWriter(text), inputs, options);
}
