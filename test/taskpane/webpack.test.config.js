/**
 * The real build (webpack.config.js) plus one test-only entry, fakehost.js
 * (test/taskpane/fake-host-entry.ts), into a folder of its own. The page itself
 * is unchanged: taskpane.html still loads office.js from the CDN, and the test
 * server rewrites that one URL to a local copy of @microsoft/office-js/dist.
 */
const path = require('path');
const mainConfig = require('../../webpack.config.js');

const ROOT = path.resolve(__dirname, '../..');
const OUT = process.env.DTI_TEST_BUILD_DIR || path.join(ROOT, 'test-artifacts', 'taskpane-build');

module.exports = async (env = {}, argv = {}) => {
  const base = typeof mainConfig === 'function' ? await mainConfig({ ...env, addinOnly: true }, { mode: 'development', ...argv }) : mainConfig;
  return {
    ...base,
    mode: 'development',
    context: ROOT,
    devtool: false,
    entry: { ...base.entry, fakehost: './test/taskpane/fake-host-entry.ts' },
    output: { ...base.output, path: OUT },
  };
};
