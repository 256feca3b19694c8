// The web site's HTTP headers, said once and written for the hosts a municipality has: IIS (web.config), Azure
// Static Web Apps (staticwebapp.config.json) and nginx (a snippet). Pages and the manifest are never cached
// without asking (a new release must reach every Excel: WebView2 keeps old code otherwise, office-js#3059 and
// #4856), content-hashed scripts are cached for good, icons for a day, and the pane's CSP goes out as a header too.

export interface HeaderRule {
  /** What the rule is for, in words (a comment in each config). */
  what: string;
  /** Which files: a regular expression over the path in the site ("taskpane.html", "assets/icon-16.png"). */
  match: RegExp;
  /** The same files as an nginx location regex over the whole URI. */
  nginx: string;
  headers: Record<string, string>;
}

/** The task pane's Content-Security-Policy, as its HTML's meta tag states it. */
export function paneCsp(taskpaneHtml: string): string {
  // The production build minifies the page: the attribute may stand without quotes.
  const m = /http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]+)"|'([^']+)')/i.exec(taskpaneHtml);
  if (!m) throw new Error('taskpane.html har ingen Content-Security-Policy');
  return m[1] ?? m[2];
}

export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const ICONS = 'public, max-age=86400';

export function headerRules(csp: string): HeaderRule[] {
  return [
    {
      what: 'the task pane: never cached unasked, with its CSP',
      match: /^taskpane\.html$/,
      nginx: '/taskpane\\.html$',
      headers: { 'Cache-Control': NO_CACHE, 'Content-Security-Policy': csp },
    },
    {
      what: 'the other pages and the manifest: never cached unasked',
      match: /(\.html|^manifest\.xml)$/,
      nginx: '(\\.html|/manifest\\.xml)$',
      headers: { 'Cache-Control': NO_CACHE },
    },
    {
      what: 'content-hashed scripts and styles: cached for good',
      match: /\.[0-9a-f]{16,}\.(js|css)$/,
      nginx: '\\.[0-9a-f]{16,}\\.(js|css)$',
      headers: { 'Cache-Control': IMMUTABLE },
    },
    { what: 'icons: cached for a day', match: /^assets\/.*\.png$/, nginx: '/assets/.*\\.png$', headers: { 'Cache-Control': ICONS } },
  ];
}

/** The headers of one file: the first rule that matches, plus nosniff for all. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const rule = rules.find((r) => r.match.test(path));
  return { 'X-Content-Type-Options': 'nosniff', ...(rule?.headers ?? {}) };
}

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** IIS: one <location> per file the rules name (IIS matches paths, not patterns), for the files of the site. */
export function webConfig(rules: HeaderRule[], files: string[]): string {
  const locations = files
    .map((f) => ({ f, h: headersFor(rules, f) }))
    .filter(({ h }) => Object.keys(h).length > 1)
    .map(
      ({ f, h }) =>
        `  <location path="${xmlAttr(f)}">\n    <system.webServer>\n      <httpProtocol>\n        <customHeaders>\n${Object.entries(h)
          .filter(([k]) => k !== 'X-Content-Type-Options')
          .map(([k, v]) => `          <add name="${k}" value="${xmlAttr(v)}" />`)
          .join('\n')}\n        </customHeaders>\n      </httpProtocol>\n    </system.webServer>\n  </location>`,
    );
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Takstskema: HTTP headers for IIS (pages and manifest no-cache, hashed scripts immutable, icons a day, the pane's CSP). -->
<configuration>
  <system.webServer>
    <staticContent>
      <remove fileExtension=".xml" />
      <mimeMap fileExtension=".xml" mimeType="text/xml; charset=utf-8" />
      <remove fileExtension=".xlsx" />
      <mimeMap fileExtension=".xlsx" mimeType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
    </staticContent>
    <httpProtocol>
      <customHeaders>
        <add name="X-Content-Type-Options" value="nosniff" />
      </customHeaders>
    </httpProtocol>
  </system.webServer>
${locations.join('\n')}
</configuration>
`;
}

/** Azure Static Web Apps: routes by wildcard, most specific first. */
export function staticWebAppConfig(rules: HeaderRule[], files: string[]): string {
  const routes = files
    .map((f) => ({ route: `/${f}`, headers: headersFor(rules, f) }))
    .filter((r) => Object.keys(r.headers).length > 1)
    .map((r) => ({ route: r.route, headers: Object.fromEntries(Object.entries(r.headers).filter(([k]) => k !== 'X-Content-Type-Options')) }));
  return `${JSON.stringify({ routes, globalHeaders: { 'X-Content-Type-Options': 'nosniff' }, mimeTypes: { '.xml': 'text/xml' } }, null, 2)}\n`;
}

/** nginx: a snippet for the server block that serves the site (include it inside `location /takstskema/ { … }`). */
export function nginxSnippet(rules: HeaderRule[]): string {
  const blocks = rules.map(
    (r) =>
      `# ${r.what}\nlocation ~ "${r.nginx}" {\n${Object.entries(r.headers)
        .map(([k, v]) => `    add_header ${k} "${v}" always;`)
        .join('\n')}\n    add_header X-Content-Type-Options "nosniff" always;\n}`,
  );
  return `# Takstskema: HTTP headers for nginx. Put these locations inside the server block that serves the site.\n${blocks.join('\n\n')}\n`;
}
