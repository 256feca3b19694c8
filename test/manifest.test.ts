// The manifest's offline check, on the real manifest, on broken copies of it, and on the production rewrite.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../scripts/manifest-check';

const ROOT = join(__dirname, '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const DEV = 'https://localhost:3000/';
const files = (p: string) => (existsSync(join(ROOT, p)) ? readFileSync(join(ROOT, p)) : null);
const check = (xml: string, base = DEV, readAsset = files) => checkManifest(xml, { base, readAsset }).map((p) => p.problem);

describe('manifest check', () => {
  it('passes the real manifest', () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  it.each([
    ['malformed XML', MANIFEST.replace('</Permissions>', ''), /ikke velformet XML/],
    ['a duplicate control id', MANIFEST.replace('id="Takstskema.OpenPane"', 'id="Takstskema.Group"'), /"Takstskema.Group" er brugt 2 gange/],
    ['a duplicate resource id', MANIFEST.replace('<bt:String id="Button.Label"', '<bt:String id="Group.Label"'), /"Group.Label" er brugt to gange/],
    ['a resid that resolves to nothing', MANIFEST.replace('resid="Button.Tooltip"', 'resid="Button.Tip"'), /resid "Button.Tip" findes ikke/],
    ['an http URL', MANIFEST.replace('<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>http://localhost:3000</AppDomain>'), /skal være https/],
    ['a missing icon', MANIFEST.replace('assets/icon-80.png', 'assets/icon-81.png'), /ikonfilen findes ikke/],
    ['an icon of the wrong size', MANIFEST.replace('assets/icon-80.png', 'assets/icon-64.png'), /ikonet er 64×64, manifestet siger 80×80/],
    [
      'an older requirement set',
      MANIFEST.replace('<Set Name="ExcelApi" MinVersion="1.9" />', '<Set Name="ExcelApi" MinVersion="1.1" />'),
      /MinVersion skal være 1.9/,
    ],
    ['a missing permission', MANIFEST.replace('<Permissions>ReadWriteDocument</Permissions>', ''), /påkrævet element mangler/],
    ['a wrong Id', MANIFEST.replace(/<Id>[^<]+<\/Id>/, '<Id>takstskema</Id>'), /GUID/],
  ])('refuses %s', (_, xml, expected) => {
    expect(check(xml).join('\n')).toMatch(expected);
  });

  it('refuses an icon without transparency (an 8-bit RGB PNG), and the repo’s icons all have it', () => {
    const rgb = (p: string) => {
      const b = Buffer.from(files(p)!);
      b[25] = 2; // colour type RGB, no tRNS chunk
      return b;
    };
    expect(check(MANIFEST, DEV, (p) => (p.endsWith('icon-32.png') ? rgb(p) : files(p)))).toContain(
      'ikonet har ingen gennemsigtighed (Microsoft beder om gennemsigtig baggrund)',
    );
    for (const size of [16, 20, 32, 64, 80]) expect(files(`assets/icon-${size}.png`)![25]).toBe(6);
  });

  it('refuses an icon that is not a PNG', () => {
    expect(check(MANIFEST, DEV, (p) => (p.endsWith('icon-16.png') ? Buffer.from('GIF89a') : files(p)))).toContain('ikonet er ikke en PNG');
  });

  it('passes the production manifest with every URL rewritten to ADDIN_URL', async () => {
    const prod = 'https://takst.example.dk/pane/';
    process.env.ADDIN_URL = prod;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = await require('../webpack.config.js')({}, { mode: 'production' });
      const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
      const pattern = copy.patterns.find((p: { to: string }) => p.to === 'manifest.xml');
      const out = String(pattern.transform(Buffer.from(MANIFEST)));
      expect(out).not.toContain('localhost');
      expect(out.split(prod).length - 1).toBe(MANIFEST.split(DEV).length - 1);
      expect(out).toContain('<AppDomain>https://takst.example.dk</AppDomain>');
      expect(check(out, prod)).toEqual([]);
    } finally {
      delete process.env.ADDIN_URL;
    }
  });
});
