// The pane's "Om" line: the product version and the budget year of the bundled snapshot, both set at build time
// (webpack's DefinePlugin from package.json and the snapshot it bundles), so the pane, `takst --version`, the
// manifest and the help page name the same release (test/version.test.ts).
declare const __TAKST_VERSION__: string | undefined;
declare const __TAKST_SNAPSHOT_YEAR__: number | undefined;

export const ABOUT = {
  version: typeof __TAKST_VERSION__ === 'string' ? __TAKST_VERSION__ : 'ukendt',
  snapshotYear: typeof __TAKST_SNAPSHOT_YEAR__ === 'number' ? String(__TAKST_SNAPSHOT_YEAR__) : 'ukendt',
};
