// What a build names and bundles, in one place for webpack, jest and the release: the version (package.json) and
// the snapshot of last year's figures (SNAPSHOT, else the newest assets/snapshot-YYYY.json) with its year and hash.
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');

/** The snapshot to bundle: $SNAPSHOT, else the newest assets/snapshot-YYYY.json. */
function bundledSnapshotFile() {
  if (process.env.SNAPSHOT) return path.resolve(process.env.SNAPSHOT);
  const files = fs
    .readdirSync(path.join(ROOT, 'assets'))
    .filter((f) => /^snapshot-\d{4}\.json$/.test(f))
    .sort();
  return path.join(ROOT, 'assets', files[files.length - 1]);
}

function buildInfo() {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const snapshotFile = bundledSnapshotFile();
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'));
  return { version, snapshotFile, snapshotYear: snapshot.budgetYear, snapshotSha256: snapshot.sha256, snapshotPartial: snapshot.partial === true };
}

module.exports = { buildInfo, bundledSnapshotFile, ROOT };
