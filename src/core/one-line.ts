// Text taken from a file, made safe for one line of output: a sheet name or an offer with a line break must not start
// a line of its own (it could forge a verdict such as "✔ 0 fund"), on stdout as on stderr.

/** Control characters and line breaks become spaces, runs of space one; very long text is cut with "…". */
export function oneLine(text: string, max = 500): string {
  const flat = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
