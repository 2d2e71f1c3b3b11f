import type { SchemaProblem } from './params';

/** The parts of a zod issue a message needs (zod's own English `message` is not used). */
export interface SchemaIssueLike {
  code: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
}

/** A zod issue as message parameters: where in the record, and what is wrong, by code. */
export function schemaProblem(issue: SchemaIssueLike | undefined): { path: string; problem: SchemaProblem } {
  if (!issue) return { path: '', problem: { kind: 'other' } };
  return { path: issue.path.map(String).join('.'), problem: problemOf(issue) };
}

function problemOf(issue: SchemaIssueLike): SchemaProblem {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'type', expected: String(issue.expected) };
    case 'too_small':
      return { kind: 'too-small', minimum: Number(issue.minimum) };
    case 'too_big':
      return { kind: 'too-big', maximum: Number(issue.maximum) };
    case 'invalid_value':
      return { kind: 'value', allowed: (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ') };
    case 'unrecognized_keys':
      return { kind: 'unknown-keys', keys: (issue.keys ?? []).join(', ') };
    default:
      return { kind: 'other' };
  }
}
