/**
 * Builds dist/web/index.html (issue 11: DTI in any browser): the task pane's
 * screens over an .xlsx file, one self-contained page. Its one script is
 * inlined in the page: it works opened from file:// as from any static host,
 * requests nothing, and starts its worker from its own text (src/web/index.tsx).
 * So one chunk (no chunk to load from a URL) and no source map. The styles are
 * the task pane's (taskpane.html), copied in at build time.
 * Used by webpack.config.js (`npm run build`) and on its own by `npm run web`.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const { browserDeflate, resolve, rules } = require('./tools/page-build');
const SCRIPT = 'web.js';

/** The page with the task pane's <style> in place of its placeholder. */
function pageHtml() {
  const pane = fs.readFileSync(path.resolve(__dirname, 'src/taskpane/taskpane.html'), 'utf8');
  const style = /<style>[\s\S]*?<\/style>/.exec(pane);
  if (!style) throw new Error('src/taskpane/taskpane.html has no <style> for the web page to reuse.');
  return fs.readFileSync(path.resolve(__dirname, 'src/web/index.html'), 'utf8').replace('<!-- DTI_PANE_STYLE -->', style[0]);
}

/** Puts the script's text into the page (a "</script" inside it escaped) and drops the separate file (not its licences). */
class InlineScriptPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('InlineScriptPlugin', (compilation) => {
      const hooks = HtmlWebpackPlugin.getCompilationHooks(compilation);
      hooks.alterAssetTagGroups.tap('InlineScriptPlugin', (data) => {
        const inline = (tag) => {
          if (tag.tagName !== 'script' || !tag.attributes.src) return tag;
          const name = decodeURIComponent(String(tag.attributes.src)).replace(/^.*\//, '');
          const asset = compilation.getAsset(name);
          if (!asset) throw new Error(`InlineScriptPlugin: ${name} was not built.`);
          const code = asset.source.source().toString().replace(/<\/script/gi, '<\\/script');
          return { tagName: 'script', voidTag: false, meta: tag.meta, attributes: { id: 'dti-script' }, innerHTML: code };
        };
        data.headTags = data.headTags.map(inline);
        data.bodyTags = data.bodyTags.map(inline);
        return data;
      });
      hooks.afterEmit.tap('InlineScriptPlugin', () => {
        // Deleting the script deletes its related files too; the licences of the packages in it stay beside the page.
        const licences = compilation.getAsset(`${SCRIPT}.LICENSE.txt`);
        compilation.deleteAsset(SCRIPT);
        if (licences) compilation.emitAsset(licences.name, licences.source);
      });
    });
  }
}

module.exports = (_env, argv = {}) => ({
  name: 'web',
  mode: argv.mode === 'development' ? 'development' : 'production',
  devtool: false,
  target: ['web', 'es2017'],
  entry: { web: ['./src/polyfills.ts', './src/web/index.tsx'] },
  output: {
    path: path.resolve(__dirname, process.env.DTI_OUTPUT_DIR || 'dist', 'web'),
    filename: SCRIPT,
    publicPath: '',
    clean: true,
  },
  resolve,
  module: { rules },
  performance: { hints: false },
  plugins: [
    browserDeflate(),
    // One script: the forms' writer (ExcelJS) and the page itself are loaded with import() elsewhere, here they stay in it.
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    new HtmlWebpackPlugin({ filename: 'index.html', templateContent: pageHtml(), inject: 'body', scriptLoading: 'blocking', minify: false }),
    new InlineScriptPlugin(),
  ],
});
