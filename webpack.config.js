/**
 * Builds the add-in into dist/:
 * - taskpane.html loads office.js from Microsoft's CDN, then functions.js (the DTI.*
 *   functions register at once) and boot.js, which loads the pane's own chunk
 *   (pane.<hash>.js: React, Fluent UI, the Sheets screen) only when the pane is shown (the
 *   other screens, the commands and the Office write path are chunks of their own, loaded
 *   on demand and prefetched in idle time, see src/taskpane/screens.tsx): one page,
 *   one shared runtime (manifest.xml points the custom functions <Page> and the
 *   <Runtime> at the same taskpane.html); old-webview.js tells Internet Explorer which
 *   Excel is needed;
 * - every script in ES2017 syntax (EdgeHTML 18): TypeScript targets ES2017 and the
 *   packages' code is lowered by tools/es2017-loader.js; the newer built-ins the code
 *   calls come from src/polyfills.ts;
 * - functions.json, generated from the JSDoc in src/functions/functions.ts (a JSDoc
 *   error fails the build), and functions.vi-VN.json, the same metadata with the
 *   Vietnamese texts of src/functions/metadata-vi.json (a missing text fails the build);
 * - manifest.xml and assets/ copied; in production builds every https://localhost:3000/
 *   in the manifest becomes DTI_URL_PROD, the HTTPS address dist/ is served from, which a
 *   production build requires (no placeholder host is ever written); help.html (the
 *   manifest's support and learn-more page) and web.config (for IIS, see docs/cai-dat.md);
 * - in production builds no source map in dist/: they go beside it, to dist-sourcemaps/,
 *   for debugging (the scripts carry no sourceMappingURL);
 * - web/index.html, the same screens over an .xlsx file in any browser (webpack.web.config.js).
 *
 * Type checking is separate (`npm run typecheck`): ts-loader only transpiles.
 * Environment for tests: DTI_OUTPUT_DIR (output folder, default dist),
 * DTI_FUNCTIONS_ENTRY (the functions source, default src/functions/functions.ts).
 * DTI_BENCH_PANE_FIRST=1 is for `npm run bench` only: the layout before issue 10 (the
 * whole pane in boot.js, loaded before functions.js), to measure what it cost.
 */
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { localizeMetadata } = require('./tools/localize-metadata');

const URL_DEV = 'https://localhost:3000/';
const { browserDeflate, resolve, rules } = require('./tools/page-build');
const webConfig = require('./webpack.web.config');
const FUNCTIONS_FIRST = process.env.DTI_BENCH_PANE_FIRST !== '1';
const FUNCTIONS_ENTRY = process.env.DTI_FUNCTIONS_ENTRY || './src/functions/functions.ts';
const VI_DICTIONARY = path.resolve(__dirname, 'src/functions/metadata-vi.json');

/**
 * The metadata plugin also appends unguarded `CustomFunctions.associate(...)` calls to
 * the functions source through a loader; src/functions/functions.ts registers the
 * functions itself, only when the CustomFunctions global exists, so that loader is removed.
 */
class KeepOwnRegistrationPlugin {
  apply(compiler) {
    const injected = require.resolve('custom-functions-metadata-plugin/lib/loader.js');
    compiler.hooks.compilation.tap('KeepOwnRegistrationPlugin', (compilation) => {
      webpack.NormalModule.getCompilationHooks(compilation).beforeLoaders.tap('KeepOwnRegistrationPlugin', (_, module) => {
        module.loaders = module.loaders.filter((l) => l.loader !== injected);
      });
    });
  }
}

/** functions.vi-VN.json from functions.json and the Vietnamese dictionary. */
class VietnameseMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('VietnameseMetadataPlugin', (compilation) => {
      compilation.fileDependencies.add(VI_DICTIONARY);
      compilation.hooks.processAssets.tap(
        { name: 'VietnameseMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset('functions.json');
          if (!english) return; // the metadata plugin has reported why
          let dictionary;
          try {
            const fs = require('fs');
            dictionary = JSON.parse(fs.readFileSync(VI_DICTIONARY, 'utf8'));
          } catch (e) {
            compilation.errors.push(new webpack.WebpackError(`metadata-vi: cannot read ${VI_DICTIONARY}: ${e.message}`));
            return;
          }
          const { json, errors } = localizeMetadata(english.source.source().toString(), dictionary);
          for (const message of errors) compilation.errors.push(new webpack.WebpackError(message));
          if (errors.length === 0) compilation.emitAsset('functions.vi-VN.json', new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    console.warn(`office-addin-dev-certs unavailable (${e.message}); the dev server uses a self-signed certificate.`);
    return undefined;
  }
}

/**
 * The HTTPS address dist/ will be served from, with a trailing slash. A production
 * build without it fails: a made-up host in the manifest would send every office
 * that installs it to someone else's server.
 */
function productionUrl() {
  const raw = (process.env.DTI_URL_PROD || '').trim();
  const example = 'DTI_URL_PROD=https://<server>/dti-excel/ npm run build';
  if (!raw) {
    throw new Error(`DTI_URL_PROD is not set. A production build writes the address dist/ will be served from into manifest.xml; set it first, e.g. ${example} (see docs/cai-dat.md). For the dev server use npm run build:dev.`);
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`DTI_URL_PROD is not an address: "${raw}". Example: ${example}`);
  }
  if (url.protocol !== 'https:') throw new Error(`DTI_URL_PROD must start with https:// (Office loads add-ins only over HTTPS): "${raw}".`);
  if (url.search || url.hash) throw new Error(`DTI_URL_PROD must be a folder address without ? or #: "${raw}".`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const serve = Boolean(env.WEBPACK_SERVE);
  const urlProd = dev ? null : productionUrl();
  const outputPath = path.resolve(__dirname, process.env.DTI_OUTPUT_DIR || 'dist');
  // Production source maps go beside dist/ (dist-sourcemaps/), for debugging, never to the server.
  const mapsPath = `${outputPath}-sourcemaps`;
  if (!dev) require('fs').rmSync(mapsPath, { recursive: true, force: true });
  const config = {
    devtool: dev ? 'source-map' : 'hidden-source-map',
    // The syntax EdgeHTML 18 runs (webpack's own runtime code included).
    target: ['web', 'es2017'],
    entry: {
      functions: ['./src/polyfills.ts', FUNCTIONS_ENTRY],
      // functions.js runs first on the same page: its polyfills serve boot.js and the pane too.
      boot: FUNCTIONS_FIRST ? './src/taskpane/boot.ts' : './bench/pane-first-entry.ts',
    },
    output: {
      path: outputPath,
      filename: '[name].js',
      ...(dev ? {} : { sourceMapFilename: `${path.relative(outputPath, mapsPath).split(path.sep).join('/')}/[file].map` }),
      // Chunks loaded on demand carry their content's hash: a new version is never mixed with a cached old one.
      chunkFilename: '[name].[contenthash:8].js',
      // dist/web is the web page's (webpack.web.config.js), built alongside.
      clean: { keep: /^web[\\/]/ },
    },
    resolve,
    module: {
      rules: [...rules, { test: /\.(png|jpg|jpeg|gif|ico|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } }],
    },
    performance: { hints: false },
    plugins: [
      browserDeflate(),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_ENTRY }),
      new KeepOwnRegistrationPlugin(),
      new VietnameseMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Deferred scripts run in this order: the functions first.
        chunks: FUNCTIONS_FIRST ? ['functions', 'boot'] : ['boot', 'functions'],
        chunksSortMode: 'manual',
      }),
      ...(FUNCTIONS_FIRST ? [] : [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 2 })]),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/old-webview.js', to: 'old-webview.js' },
          { from: 'src/help/help.html', to: 'help.html' },
          { from: 'deploy/iis/web.config', to: 'web.config' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform(content) {
              // Origins too (AppDomain has no trailing slash).
              return dev ? content : content.toString().split(URL_DEV.replace(/\/$/, '')).join(urlProd.replace(/\/$/, ''));
            },
          },
        ],
      }),
    ],
  };
  if (serve) {
    // Only `npm run dev-server` needs certificates; `npm run build` never asks for them.
    config.devServer = {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    };
  }
  // `npm run build` builds the add-in and the web page (dist/web/index.html); a test may take the add-in's alone.
  return env.addinOnly || serve ? config : [config, webConfig(env, argv)];
};
