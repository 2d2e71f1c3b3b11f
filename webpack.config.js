/**
 * Builds the add-in into dist/:
 * - taskpane.html loads office.js from Microsoft's CDN, then taskpane.js and
 *   functions.js: one page, one shared runtime (manifest.xml points the custom
 *   functions <Page> and the <Runtime> at the same taskpane.html);
 * - functions.json, generated from the JSDoc in src/functions/functions.ts (a JSDoc
 *   error fails the build), and functions.vi-VN.json, the same metadata with the
 *   Vietnamese texts of src/functions/metadata-vi.json (a missing text fails the build);
 * - manifest.xml and assets/ copied; in production builds every https://localhost:3000/
 *   in the manifest becomes URL_PROD (set DTI_URL_PROD to the real host before publishing).
 *
 * Type checking is separate (`npm run typecheck`): ts-loader only transpiles.
 * Environment for tests: DTI_OUTPUT_DIR (output folder, default dist),
 * DTI_FUNCTIONS_ENTRY (the functions source, default src/functions/functions.ts).
 */
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { localizeMetadata } = require('./tools/localize-metadata');

const URL_DEV = 'https://localhost:3000/';
const URL_PROD = process.env.DTI_URL_PROD || 'https://dti-excel.example.vn/'; // placeholder until the add-in has a host
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

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const serve = Boolean(env.WEBPACK_SERVE);
  const config = {
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: FUNCTIONS_ENTRY,
    },
    output: {
      path: path.resolve(__dirname, process.env.DTI_OUTPUT_DIR || 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext' } },
          },
        },
        { test: /\.(png|jpg|jpeg|gif|ico|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_ENTRY }),
      new KeepOwnRegistrationPlugin(),
      new VietnameseMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'functions'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform(content) {
              // Origins too (AppDomain has no trailing slash).
              return dev ? content : content.toString().split(URL_DEV.replace(/\/$/, '')).join(URL_PROD.replace(/\/$/, ''));
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
  return config;
};
