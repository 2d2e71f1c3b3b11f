/**
 * The tests Stryker runs against each mutant of src/core: those that exercise the core in-process.
 * Left out: the browser, LibreOffice and spawned-CLI tests, the build checks, and the
 * hundred-thousand-row plans (a stack-overflow guard, not a check of figures).
 * The sequencer loads, for each mutant, only the files holding a test that covers it.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: [
    '<rootDir>/test/core/**/*.test.ts',
    '<rootDir>/test/corpus/**/*.test.ts',
    '<rootDir>/test/seeds/**/*.test.ts',
    '<rootDir>/test/summary/document.test.ts',
    '<rootDir>/test/summary/sample-summary.test.ts',
    '<rootDir>/test/functions/formulas.test.ts',
    '<rootDir>/test/functions/functions.test.ts',
    '<rootDir>/test/functions/memo.test.ts',
    '<rootDir>/test/excel/status-columns.test.ts',
    '<rootDir>/test/excel/write-bands.test.ts',
    '<rootDir>/test/excel/summary-apply.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/core/large-plans.test.ts'],
  testSequencer: '<rootDir>/jest.stryker.sequencer.js',
};
