// Offline checks of an Office add-in manifest (the validator of office-addin-manifest needs the network):
// well-formed XML, the elements Excel requires, unique ids, every resid resolves, https URLs only, and every icon
// exists as a PNG of the size it claims.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ManifestProblem {
  where: string;
  problem: string;
}

export interface ManifestOptions {
  /** The URL prefix that maps to the project's files (https://localhost:3000/ or ADDIN_URL). */
  base: string;
  /** The bytes of a file under the served root ("assets/icon-16.png"), or null when it is missing. */
  readAsset(path: string): Buffer | null;
  /**
   * The files beside the manifest are the site as it ships (a release): every URL must then be a file of it, not
   * only the icons.
   */
  site?: boolean;
}

type Node = Record<string, unknown>;

const REQUIRED: Array<[string, (m: Node) => unknown]> = [
  ['Id', (m) => m.Id],
  ['Version', (m) => m.Version],
  ['ProviderName', (m) => m.ProviderName],
  ['DefaultLocale', (m) => m.DefaultLocale],
  ['DisplayName', (m) => attr(m.DisplayName, 'DefaultValue')],
  ['Description', (m) => attr(m.Description, 'DefaultValue')],
  ['IconUrl', (m) => attr(m.IconUrl, 'DefaultValue')],
  ['HighResolutionIconUrl', (m) => attr(m.HighResolutionIconUrl, 'DefaultValue')],
  ['Hosts/Host', (m) => (m.Hosts as Node | undefined)?.Host],
  ['DefaultSettings/SourceLocation', (m) => attr((m.DefaultSettings as Node | undefined)?.SourceLocation, 'DefaultValue')],
  ['Permissions', (m) => m.Permissions],
];

function attr(node: unknown, name: string): string | undefined {
  const v = (node as Node | undefined)?.[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}

/** Every element in document order, with its path and attributes. */
function* walk(node: unknown, path: string): Generator<{ path: string; node: Node }> {
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n, path);
    return;
  }
  if (!node || typeof node !== 'object') return;
  yield { path, node: node as Node };
  for (const [k, v] of Object.entries(node as Node)) if (!k.startsWith('@_') && k !== '#text') yield* walk(v, `${path}/${k}`);
}

function pngSize(bytes: Buffer): { width: number; height: number; alpha: boolean } | null {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 26 || !bytes.subarray(0, 8).equals(sig) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  // Transparency: a colour type with alpha (4 grey + alpha, 6 RGBA), or a tRNS chunk for the others.
  let alpha = bytes[25] === 4 || bytes[25] === 6;
  for (let at = 8; !alpha && at + 8 <= bytes.length;) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    if (type === 'tRNS') alpha = true;
    if (type === 'IDAT' || type === 'IEND') break;
    at += 12 + len;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), alpha };
}

export function checkManifest(xml: string, o: ManifestOptions): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [{ where: `linje ${valid.err.line}`, problem: `ikke velformet XML: ${valid.err.msg}` }];
  const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: false, parseTagValue: false }).parse(xml) as Node;
  const app = doc.OfficeApp as Node | undefined;
  if (!app) return [{ where: '/', problem: 'rodelementet OfficeApp mangler' }];
  if (attr(app, 'xsi:type') !== 'TaskPaneApp') problems.push({ where: 'OfficeApp', problem: 'xsi:type skal være TaskPaneApp' });
  for (const [name, get] of REQUIRED) if (!get(app)) problems.push({ where: name, problem: 'påkrævet element mangler' });
  if (typeof app.Id === 'string' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(app.Id))
    problems.push({ where: 'Id', problem: 'skal være en GUID' });
  if (typeof app.Version === 'string' && !/^\d+\.\d+\.\d+\.\d+$/.test(app.Version)) problems.push({ where: 'Version', problem: 'skal være n.n.n.n' });
  if (app.Permissions !== 'ReadWriteDocument') problems.push({ where: 'Permissions', problem: 'skal være ReadWriteDocument' });
  const hosts = [(app.Hosts as Node | undefined)?.Host].flat().map((h) => attr(h, 'Name'));
  if (!hosts.includes('Workbook')) problems.push({ where: 'Hosts', problem: 'Excel (Workbook) mangler' });
  const sets = [((app.Requirements as Node | undefined)?.Sets as Node | undefined)?.Set].flat();
  const excelApi = sets.find((s) => attr(s, 'Name') === 'ExcelApi');
  if (!excelApi) problems.push({ where: 'Requirements', problem: 'ExcelApi-kravet mangler' });
  else if (attr(excelApi, 'MinVersion') !== '1.9')
    problems.push({ where: 'Requirements', problem: `ExcelApi MinVersion skal være 1.9, ikke ${attr(excelApi, 'MinVersion')}` });

  // Ids: unique among the controls and groups, and among the resources; every resid resolves.
  const controlIds = new Map<string, number>();
  const resources = new Map<string, string>();
  const resids: Array<{ path: string; id: string; size?: string }> = [];
  const urls: Array<{ path: string; url: string }> = [];
  for (const { path, node } of walk(app, 'OfficeApp')) {
    const id = attr(node, 'id');
    const inResources = path.includes('/Resources/');
    if (id && inResources) {
      if (resources.has(id)) problems.push({ where: path, problem: `id "${id}" er brugt to gange` });
      resources.set(id, attr(node, 'DefaultValue') ?? '');
    } else if (id) controlIds.set(id, (controlIds.get(id) ?? 0) + 1);
    const resid = attr(node, 'resid');
    if (resid) resids.push({ path, id: resid, size: attr(node, 'size') });
    const value = attr(node, 'DefaultValue');
    if (value && /Url$|SourceLocation$|\/bt:Image$|\/bt:Url$/.test(path)) urls.push({ path, url: value });
  }
  for (const [id, n] of controlIds) if (n > 1) problems.push({ where: 'VersionOverrides', problem: `id "${id}" er brugt ${n} gange` });
  for (const r of resids) if (!resources.has(r.id)) problems.push({ where: r.path, problem: `resid "${r.id}" findes ikke i Resources` });
  const domains = [(app.AppDomains as Node | undefined)?.AppDomain].flat().filter((d): d is string => typeof d === 'string');
  for (const d of domains) urls.push({ path: 'AppDomains/AppDomain', url: d });
  for (const u of urls) if (!u.url.startsWith('https://')) problems.push({ where: u.path, problem: `adressen skal være https: ${u.url}` });
  // One origin: the pages, the icons and the AppDomain are the same host.
  const origin = (u: string) => {
    try {
      return new URL(u).origin;
    } catch {
      return null;
    }
  };
  const baseOrigin = origin(o.base);
  for (const u of urls)
    if (origin(u.url) !== baseOrigin) problems.push({ where: u.path, problem: `adressen ligger ikke på ${baseOrigin ?? o.base}: ${u.url}` });
  if (o.site)
    for (const u of urls) {
      if (u.path === 'AppDomains/AppDomain') continue;
      if (!u.url.startsWith(o.base)) problems.push({ where: u.path, problem: `adressen ligger ikke under ${o.base}: ${u.url}` });
      else if (!o.readAsset(decodeURIComponent(u.url.slice(o.base.length).split(/[?#]/)[0])))
        problems.push({ where: u.path, problem: `filen findes ikke i udgivelsen: ${u.url.slice(o.base.length)}` });
    }

  // Icons: every image URL under the base is a PNG in the project, of the size the manifest says.
  const images = new Map<string, number | null>();
  images.set(attr(app.IconUrl, 'DefaultValue') ?? '', 32);
  images.set(attr(app.HighResolutionIconUrl, 'DefaultValue') ?? '', 64);
  for (const r of resids) if (r.size) images.set(resources.get(r.id) ?? '', Number(r.size));
  for (const [url, size] of images) {
    if (!url) continue;
    if (!url.startsWith(o.base)) {
      problems.push({ where: url, problem: `ikonet ligger ikke under ${o.base}` });
      continue;
    }
    const bytes = o.readAsset(url.slice(o.base.length));
    if (!bytes) {
      problems.push({ where: url, problem: 'ikonfilen findes ikke' });
      continue;
    }
    const dim = pngSize(bytes);
    if (!dim) problems.push({ where: url, problem: 'ikonet er ikke en PNG' });
    else if (size && (dim.width !== size || dim.height !== size))
      problems.push({ where: url, problem: `ikonet er ${dim.width}×${dim.height}, manifestet siger ${size}×${size}` });
    else if (!dim.alpha) problems.push({ where: url, problem: 'ikonet har ingen gennemsigtighed (Microsoft beder om gennemsigtig baggrund)' });
  }
  return problems;
}
