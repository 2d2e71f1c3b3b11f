import { say, type Lang } from '../core/i18n';
import { sentence } from '../core/messages';
import type { Problem } from '../core/model';


const ORDER = { error: 0, warning: 1, info: 2 };

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.sheet.localeCompare(b.sheet));
}

/** "LỖI  'Phụ lục 1'!E7  chỉ tiêu 1.2: …" one per line. */
export function formatProblems(problems: Problem[], lang: Lang): string[] {
  return sortProblems(problems).map((p) => {
    const where = `${p.sheet}!${p.cell}`;
    const who = p.indicator ? ` [${p.indicator}]` : '';
    return `${sentence(lang, 'problem.severity', { severity: p.severity })}  ${where}${who}  ${say(p.message, lang)}`;
  });
}

export function problemJson(p: Problem, lang: Lang): Record<string, unknown> {
  return { sheet: p.sheet, cell: p.cell, severity: p.severity, code: p.code, message: say(p.message, lang), indicator: p.indicator ?? null };
}
