/**
 * Webpack loader: JavaScript lowered to ES2017, the syntax EdgeHTML 18 (Excel
 * 2016/2019 on Windows 10 without WebView2) runs. Applied to the packages' code
 * (React, Fluent UI… ship object spread, optional chaining, `??`, optional catch
 * bindings: TypeScript, already the project's compiler, rewrites them) and, after
 * ts-loader, to the project's own code for one thing TypeScript leaves: Unicode
 * property escapes in regular expressions (\p{Lu}), spelled out as character
 * ranges by regexpu-core. Lookbehind cannot be spelled out: it is not used.
 * test/build/webpack.test.ts parses every emitted script as ES2017 and fails on
 * anything left.
 */
'use strict';
const acorn = require('acorn');
const rewritePattern = require('regexpu-core');
const ts = require('typescript');

/** Regular expression literals with \p{…} rewritten; the rest of the text unchanged. */
function lowerRegexps(code) {
  if (!code.includes('\\p{') && !code.includes('\\P{')) return code;
  const edits = [];
  for (const token of acorn.tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true })) {
    if (token.type.label !== 'regexp' || !/\\[pP]\{/.test(token.value.pattern)) continue;
    const { pattern, flags } = token.value;
    edits.push({ start: token.start, end: token.end, text: `/${rewritePattern(pattern, flags, { unicodePropertyEscapes: 'transform' })}/${flags}` });
  }
  let out = code;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function lowerSyntax(source, fileName, sourceMap) {
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      allowJs: true,
      target: ts.ScriptTarget.ES2017,
      // Imports and exports stay for webpack to link.
      module: ts.ModuleKind.ESNext,
      sourceMap,
      importHelpers: false,
    },
  });
}

module.exports = function es2017Loader(source, inputMap) {
  // The project's own code comes from ts-loader already in ES2017: only its regular expressions are left.
  if (!/[\\/]node_modules[\\/]/.test(this.resourcePath)) return this.callback(null, lowerRegexps(source), inputMap);
  const out = lowerSyntax(source, this.resourcePath, this.sourceMap);
  if (!out.sourceMapText) return this.callback(null, lowerRegexps(out.outputText), inputMap);
  const map = JSON.parse(out.sourceMapText);
  map.sources = [this.resourcePath];
  map.sourcesContent = [source];
  this.callback(null, lowerRegexps(out.outputText.replace(/\/\/# sourceMappingURL=\S+\s*$/, '')), map);
};
