/**
 * Loads, for each mutant, only the test files that hold a test covering it.
 *
 * Stryker's jest runner runs a mutant with every listed test file and a name filter (the tests that
 * cover the mutant); jest then loads every file, core and ExcelJS included, to skip all but a few
 * tests. The dry run (all tests, no filter) records which file holds which test; a mutant run then
 * keeps the files holding a test the filter selects, matched as jest matches it (unanchored,
 * case-insensitive). Same tests run, so the same mutants are killed. With no record, or outside
 * Stryker, every file is kept.
 */
const fs = require('fs');
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

const RECORD = '.stryker-test-files.json';
let namesByFile = null;

function underStryker(globalConfig, contexts) {
  const project = contexts && [...contexts][0];
  return Boolean(project && project.config.globals && project.config.globals.__strykerGlobalNamespace__);
}

class StrykerTestFiles extends Sequencer {
  constructor(options) {
    super(options);
    this.pattern = options.globalConfig.testNamePattern;
    this.stryker = underStryker(options.globalConfig, options.contexts);
    this.recordPath = path.join(options.globalConfig.rootDir, RECORD);
  }

  async sort(tests) {
    const sorted = await super.sort(tests);
    if (!this.stryker || !this.pattern) return sorted;
    const names = this.record();
    if (!names) return sorted;
    const wanted = new RegExp(this.pattern, 'i');
    return sorted.filter((test) => {
      const held = names[test.path];
      return !held || held.some((name) => wanted.test(name));
    });
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    if (!this.stryker || this.pattern) return;
    namesByFile = {};
    for (const file of results.testResults) {
      namesByFile[file.testFilePath] = file.testResults.map((t) => t.fullName);
    }
    fs.writeFileSync(this.recordPath, JSON.stringify(namesByFile));
  }

  record() {
    if (!namesByFile && fs.existsSync(this.recordPath)) {
      namesByFile = JSON.parse(fs.readFileSync(this.recordPath, 'utf8'));
    }
    return namesByFile;
  }
}

module.exports = StrykerTestFiles;
