/**
 * Built-ins newer than ES2017 that the bundled code calls, for EdgeHTML 18 (Edge 18
 * has none of them). The first module of functions.js, which runs before boot.js
 * on the same page, so the pane has them too (webpack.config.js); core-js adds each
 * only where the web view lacks it. test/build/polyfills.test.ts
 * fails when src uses such a built-in that is not listed here.
 */
import 'core-js/actual/array/flat';
import 'core-js/actual/array/flat-map';
import 'core-js/actual/object/from-entries';
import 'core-js/actual/string/match-all';
import 'core-js/actual/string/trim-end';
import 'core-js/actual/string/trim-start';
