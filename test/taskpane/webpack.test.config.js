/**
 * The real build (webpack.config.js) into a folder of its own, with one module
 * swapped: src/taskpane/find-host.ts (where the page runs) becomes
 * test/taskpane/fake-find-host.ts, which gives a fake Excel. Nothing else of the
 * page changes: taskpane.html still loads office.js from the CDN, and the test
 * server rewrites that one URL to a local copy of @microsoft/office-js/dist.
 */
const path = require('path');
const webpack = require('webpack');
const mainConfig = require('../../webpack.config.js');

const ROOT = path.resolve(__dirname, '../..');
const OUT = process.env.DTI_TEST_BUILD_DIR || path.join(ROOT, 'test-artifacts', 'taskpane-build');
const FAKE_FIND_HOST = path.join(__dirname, 'fake-find-host.ts');

module.exports = async (env = {}, argv = {}) => {
  const base = typeof mainConfig === 'function' ? await mainConfig({ ...env, addinOnly: true }, { mode: 'development', ...argv }) : mainConfig;
  return {
    ...base,
    mode: 'development',
    context: ROOT,
    devtool: false,
    output: { ...base.output, path: OUT },
    plugins: [
      ...base.plugins,
      // Only boot.ts's './find-host': the fake itself reaches the real module as '../../src/taskpane/find-host'.
      new webpack.NormalModuleReplacementPlugin(/^\.\/find-host$/, (resource) => {
        if (/[\\/]src[\\/]taskpane$/.test(resource.context)) resource.request = FAKE_FIND_HOST;
      }),
    ],
  };
};
