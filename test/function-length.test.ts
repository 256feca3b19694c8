// No function in src/ over 80 lines without its reason written beside it ("Longer than 80 lines, by reason: …"
// in the comment above it): a long function is where logic hides twice.
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceFiles } from './fixtures/source-files';

const SRC = join(__dirname, '..', 'src');
const LIMIT = 80;

/** Every function of more than LIMIT lines, as "file:line name", with whether a reason is written above it. */
function longFunctions(): Array<{ where: string; reasoned: boolean }> {
  const out: Array<{ where: string; reasoned: boolean }> = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
        const first = src.getLineAndCharacterOfPosition(n.getStart()).line;
        const last = src.getLineAndCharacterOfPosition(n.getEnd()).line;
        if (last - first > LIMIT) {
          // The statement that holds it (a declaration, or the const an arrow is assigned to) and its comments.
          let holder: ts.Node = n;
          while (holder.parent && !ts.isSourceFile(holder.parent) && !ts.isBlock(holder.parent) && !ts.isClassDeclaration(holder.parent))
            holder = holder.parent;
          const comments = text.slice(holder.getFullStart(), holder.getStart());
          out.push({ where: `${relative(SRC, file)}:${first + 1}`, reasoned: /Longer than 80 lines, by reason: \S/.test(comments) });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return out;
}

describe('function length', () => {
  it(`every function in src/ over ${LIMIT} lines says why beside it`, () => {
    const long = longFunctions();
    expect(long.filter((f) => !f.reasoned).map((f) => f.where)).toEqual([]);
    // The check sees functions at all (a parse that found none would pass anything).
    expect(long.length).toBeGreaterThan(0);
  });
});
