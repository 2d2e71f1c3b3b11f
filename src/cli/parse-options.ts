import type { Bilingual } from '../core/i18n';
import { message } from '../core/messages';

/**
 * The command line's own option reader. Node's parseArgs takes "-5%" for an option and
 * answers unknown options in English; here a negative number is a value, and a mistyped
 * option gets a sentence naming the option meant ("--mont" → "--month").
 */
export const OPTIONS = {
  json: 'boolean',
  lang: 'string',
  unit: 'string',
  sheet: 'string',
  month: 'string',
  out: 'string',
  commune: 'string',
  pdf: 'string',
  so: 'string',
  'kinh-gui': 'string',
  'chuc-vu': 'string',
  'nguoi-ky': 'string',
  tinh: 'string',
  'out-dir': 'string',
  prefer: 'string',
  'han-nop': 'string',
  force: 'boolean',
  formulas: 'string',
  help: 'boolean',
} as const;

type OptionName = keyof typeof OPTIONS;

export interface ParsedOptions {
  values: { [K in OptionName]?: (typeof OPTIONS)[K] extends 'boolean' ? boolean : string };
  positionals: string[];
  /** The first mistake, said once the language is known (--lang may come after it). */
  error: Bilingual | null;
}

const SHORT: Record<string, OptionName> = { h: 'help' };
const NAMES = Object.keys(OPTIONS) as OptionName[];

/** "-5", "-5%", "-0,5", "-.5": a value, not an option. */
const NEGATIVE_NUMBER = /^-[\d.,]/;

export function parseOptions(argv: readonly string[]): ParsedOptions {
  const values: ParsedOptions['values'] = {};
  const positionals: string[] = [];
  let error: Bilingual | null = null;
  const fail = (e: Bilingual): void => {
    error ??= e;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      for (const rest of argv.slice(i + 1)) positionals.push(rest);
      break;
    }
    if (arg === '-' || !arg.startsWith('-') || NEGATIVE_NUMBER.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const written = eq > 0 && long ? arg.slice(0, eq) : arg;
    const name = long ? (written.slice(2) as OptionName) : SHORT[arg.slice(1)];
    if (name === undefined || !Object.hasOwn(OPTIONS, name)) {
      fail(unknownOption(written));
      continue;
    }
    if (OPTIONS[name] === 'boolean') {
      if (eq > 0 && long) fail(message('cli.option-takes-no-value', { name }));
      else (values as Record<string, boolean>)[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0 && long) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !isOption(argv[i + 1]!)) value = argv[++i];
    if (value === undefined) fail(message('cli.option-needs-value', { name }));
    else (values as Record<string, string>)[name] = value;
  }
  return { values, positionals, error };
}

/** An option where a value was expected ("--out --force"): the value was forgotten. */
function isOption(arg: string): boolean {
  return arg.startsWith('-') && arg !== '-' && !NEGATIVE_NUMBER.test(arg);
}

function unknownOption(written: string): Bilingual {
  const meant = closestOption(written);
  if (meant) return message('cli.unknown-option-meant', { written, meant });
  return message('cli.unknown-option', { written });
}

/** The known option nearest to what was typed, if it is near enough to be a typo. */
export function closestOption(written: string): OptionName | null {
  const typed = written.replace(/^-+/, '').toLowerCase();
  if (typed === '') return null;
  // One letter ("-o") stands for the only option that starts with it.
  if (typed.length === 1) {
    const starting = NAMES.filter((n) => n.startsWith(typed));
    // "-o" is --out, not --out-dir: the one the others extend.
    return starting.find((n) => starting.every((m) => m.startsWith(n))) ?? null;
  }
  let best: OptionName | null = null;
  let bestDistance = Infinity;
  for (const name of NAMES) {
    // "--output" for "--out", "--mon" for "--month".
    const distance = typed.startsWith(name) || name.startsWith(typed) ? 1 : editDistance(typed, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(typed.length / 3)) ? best : null;
}

/** Levenshtein distance between two short words. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
