// Builds the task pane (taskpane.html, Office.js) and the preview (preview.html, exceljs + the sample) into dist/,
// and copies the manifest with its dev URL rewritten to ADDIN_URL in production (the Office-Addin-TaskPane-React
// convention). `npm start` serves both over HTTPS on localhost with office-addin-dev-certs.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { buildInfo } = require('./scripts/build-info');

const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    // The certificates are made before the CA is installed; installing needs rights this machine may not give.
    const fs = require('fs');
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const file = (name) => path.join(dir, name);
    if (['localhost.key', 'localhost.crt', 'ca.crt'].every((n) => fs.existsSync(file(n)))) {
      console.warn(`Udviklercertifikatet er lavet, men CA'en kunne ikke installeres (${e.message.trim()}).`);
      console.warn(`Stol på ${file('ca.crt')} i browseren/systemet, eller kør "npx office-addin-dev-certs install" som administrator.`);
      return { key: fs.readFileSync(file('localhost.key')), cert: fs.readFileSync(file('localhost.crt')), ca: fs.readFileSync(file('ca.crt')) };
    }
    console.warn(`office-addin-dev-certs kunne ikke give et certifikat (${e.message.trim()}); bruger et midlertidigt selvsigneret.`);
    return {};
  }
}

/** The staging channel's own Id, so a tenant can run it beside the production add-in. */
const TEST_CHANNEL_ID = '9b3e6c41-2d7a-4f08-b5e2-7c1a0d4f6e93';

/**
 * Every dev URL becomes the production one; the bare origin (AppDomain) becomes the production origin; the version
 * is package.json's (x.y.z.0); RELEASE_CHANNEL=test gives the staging add-in its own Id and name.
 */
function rewriteManifest(xml, prodUrl, info, channel) {
  let out = xml.split(DEV_URL).join(prodUrl).split(new URL(DEV_URL).origin).join(new URL(prodUrl).origin);
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${info.version}.0</Version>`);
  if (channel === 'test') {
    out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${TEST_CHANNEL_ID}</Id>`);
    out = out.split('DefaultValue="Takstskema"').join('DefaultValue="Takstskema (test)"');
  }
  return out;
}

/** The Excel check script as a plain page beside the help page. */
function excelCheckPage() {
  const md = fs.readFileSync(path.join(__dirname, 'docs', 'excel-test.md'), 'utf8');
  const esc = md.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Kontrol i Excel</title><style>body{font-family:system-ui,sans-serif;margin:1.5rem}pre{white-space:pre-wrap}</style></head><body><p><a href="hjaelp.html">Tilbage til hjælpen</a></p><pre>${esc}</pre></body></html>`;
}

function sideloadHelp() {
  return [
    '',
    'Takstskema kører på https://localhost:3000/',
    `  Forhåndsvisning uden Excel:  ${DEV_URL}preview.html`,
    `  Opgaveruden (i Excel):       ${DEV_URL}taskpane.html`,
    '',
    'Sideload i Excel på skrivebordet (Windows/Mac):',
    '  1. Luk Excel. Windows: kopiér dist/manifest.xml (eller manifest.xml) til en delt mappe og tilføj mappen som',
    '     "Katalog over betroede tilføjelsesprogrammer" (Filer > Indstillinger > Center for sikkerhed og rettighedsadministration).',
    '     Mac: kopiér manifest.xml til ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/',
    '  2. Åbn Excel > Hjem > Tilføjelsesprogrammer > Mere (Delt mappe / Mine tilføjelsesprogrammer) > Takstskema.',
    'Sideload i Excel på nettet:',
    '  Åbn arbejdsbogen > Hjem > Tilføjelsesprogrammer > Flere tilføjelsesprogrammer > Mine tilføjelsesprogrammer >',
    '  Upload mit tilføjelsesprogram > vælg manifest.xml. Knappen "Takstskema" står derefter på fanen Hjem.',
    '',
  ].join('\n');
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const prodUrl = process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\/.+\/$/.test(prodUrl)) throw new Error(`ADDIN_URL skal være en https-adresse, der slutter med "/": ${prodUrl}`);
  const serving = process.env.WEBPACK_SERVE === 'true';
  const info = buildInfo();
  const channel = process.env.RELEASE_CHANNEL || 'production';
  return {
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx', preview: './src/preview/index.tsx' },
    output: { path: path.resolve(__dirname, env.outDir || 'dist'), filename: '[name].[contenthash].js', chunkFilename: '[name].[contenthash].js', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // SNAPSHOT=… bundles another snapshot in place of the one in assets/ (the release checks it first).
      alias: { [path.resolve(__dirname, 'assets', 'snapshot-2026.json')]: info.snapshotFile },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Last: Griffel's ahead-of-time step turns each makeStyles() into precompiled classes, as Fluent's own
            // components ship them, so the pane carries no CSS-in-JS compiler (stylis, rtl-css-js): see docs/bench.md.
            { loader: '@griffel/webpack-loader' },
            {
              loader: 'ts-loader',
              options: { configFile: 'tsconfig.json', transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext', target: 'es2020' } },
            },
          ],
        },
        // Dependencies down to ES2020 too (Fluent's tabster uses ??= and class static blocks): the webview of Excel
        // 2021 on macOS before Safari 16.4 cannot parse newer syntax and would show a blank pane. See docs/decisions.md.
        {
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: 'tsconfig.json',
              transpileOnly: true,
              compilerOptions: { noEmit: false, allowJs: true, module: 'esnext', target: 'es2020', sourceMap: false },
            },
          },
        },
        { test: /\.(png|jpg|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      // The help page and the Excel check script: no script at all.
      new HtmlWebpackPlugin({
        filename: 'hjaelp.html',
        template: './src/help/hjaelp.html',
        inject: false,
        chunks: [],
        minify: false,
        templateParameters: { ...info, addinUrl: prodUrl, supportEmail: process.env.SUPPORT_EMAIL || '' },
      }),
      new HtmlWebpackPlugin({ filename: 'kontrol-i-excel.html', templateContent: excelCheckPage, inject: false, chunks: [], minify: false }),
      new webpack.DefinePlugin({ __TAKST_VERSION__: JSON.stringify(info.version), __TAKST_SNAPSHOT_YEAR__: JSON.stringify(info.snapshotYear) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
          { from: 'samples/eksempel-2027.xlsx', to: 'samples/eksempel-2027.xlsx' },
          // Microsoft's Excel library for preview.html?vaert=officejs (src/preview/office-mode.ts); the pane itself
          // loads office.js from Microsoft's CDN.
          { from: 'node_modules/@microsoft/office-js/dist/excel-web-16.00.js', to: 'office-js/excel-web-16.00.js' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), prodUrl, info, channel)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      server: serving ? { type: 'https', options: await httpsOptions() } : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      open: false,
      onListening: () => process.stdout.write(sideloadHelp()),
    },
  };
};
