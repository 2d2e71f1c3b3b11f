/**
 * Vietnamese custom-functions metadata from the English one generated from the
 * JSDoc in src/functions/functions.ts, and the dictionary src/functions/metadata-vi.json
 * (keyed by function id, then parameter name). Ids, types and dimensions are kept;
 * descriptions (and parameter display names, when given) are replaced. A function or
 * parameter without a Vietnamese text, or a text for one that does not exist, is an
 * error: the build fails rather than ship English help to Vietnamese users.
 */
'use strict';

/**
 * @param {string} englishJson functions.json as generated
 * @param {Record<string, {description: string, parameters: Record<string, {name?: string, description: string}>}>} dictionary
 * @returns {{ json: string, errors: string[] }}
 */
function localizeMetadata(englishJson, dictionary) {
  const metadata = JSON.parse(englishJson);
  const errors = [];
  const seen = new Set();
  for (const fn of metadata.functions) {
    seen.add(fn.id);
    const vi = dictionary[fn.id];
    if (!vi || !nonEmpty(vi.description)) {
      errors.push(`metadata-vi: function ${fn.id} has no Vietnamese description`);
      continue;
    }
    fn.description = vi.description;
    const params = vi.parameters || {};
    const names = new Set();
    for (const p of fn.parameters) {
      names.add(p.name);
      const pv = params[p.name];
      if (!pv || !nonEmpty(pv.description)) {
        errors.push(`metadata-vi: parameter ${fn.id}.${p.name} has no Vietnamese description`);
        continue;
      }
      p.description = pv.description;
      if (pv.name !== undefined) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(pv.name)) errors.push(`metadata-vi: parameter name "${pv.name}" of ${fn.id}.${p.name} is not a plain identifier`);
        else p.name = pv.name;
      }
    }
    for (const name of Object.keys(params)) {
      if (!names.has(name)) errors.push(`metadata-vi: ${fn.id}.${name} is not a parameter of ${fn.id}`);
    }
  }
  for (const id of Object.keys(dictionary)) {
    if (!seen.has(id)) errors.push(`metadata-vi: ${id} is not a function id`);
  }
  return { json: JSON.stringify(metadata, null, 4), errors };
}

function nonEmpty(text) {
  return typeof text === 'string' && text.trim() !== '';
}

module.exports = { localizeMetadata };
