/**
 * What every page bundle (the add-in's, webpack.config.js, and the web page's,
 * webpack.web.config.js) is built with: ES2017 syntax (EdgeHTML 18), Node's
 * modules empty, raw DEFLATE through fflate.
 */
const path = require('path');
const webpack = require('webpack');

const ES2017_LOADER = path.resolve(__dirname, 'es2017-loader.js');

const rules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: [ES2017_LOADER, { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext', target: 'ES2017' } } }],
  },
  { test: /\.m?js$/, include: /node_modules/, use: ES2017_LOADER },
];

// Node's modules are empty in the page: src/files (reached through src/xlsx) calls them only from the CLI,
// crc32.ts falls back to its own table without zlib.crc32, and raw DEFLATE has its browser module (below).
// A page path that needs one fails in the browser tests.
/**
 * React's API from Preact (preact/compat) in the page: the same components and Fluent UI, a tenth of React DOM's
 * size in the scripts the pane runs when it opens. Tests in Node keep React itself.
 */
const PREACT = {
  react$: 'preact/compat',
  'react-dom$': 'preact/compat',
  'react-dom/client$': 'preact/compat/client',
  'react/jsx-runtime$': 'preact/jsx-runtime',
  'react/jsx-dev-runtime$': 'preact/jsx-dev-runtime',
  // React's scheduler, which Fluent's context selector calls: Preact's stand-in.
  scheduler$: 'preact/compat/scheduler',
};

const resolve = { extensions: ['.ts', '.tsx', '.js'], alias: PREACT, fallback: { crypto: false, fs: false, path: false, zlib: false } };

/**
 * Zip entries are (de)compressed with Node's zlib in the CLI and with fflate in the page. Matched on the
 * request as written, which is "./raw-deflate" inside src/files and "../files/raw-deflate" elsewhere.
 */
function browserDeflate() {
  return new webpack.NormalModuleReplacementPlugin(/(^|[\\/])raw-deflate$/, (resource) => {
    resource.request = `${resource.request}.browser`;
  });
}

module.exports = { rules, resolve, browserDeflate };
