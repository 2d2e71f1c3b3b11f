import { bi, say, type Lang } from '../core/i18n';
import type { Problem } from '../core/model';

const SEVERITY = {
  error: bi('LỖI', 'ERROR'),
  warning: bi('CẢNH BÁO', 'WARNING'),
  info: bi('GHI CHÚ', 'NOTE'),
};

const ORDER = { error: 0, warning: 1, info: 2 };

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.sheet.localeCompare(b.sheet));
}

/** "LỖI  'Phụ lục 1'!E7  chỉ tiêu 1.2: …" one per line. */
export function formatProblems(problems: Problem[], lang: Lang): string[] {
  return sortProblems(problems).map((p) => {
    const where = `${p.sheet}!${p.cell}`;
    const who = p.indicator ? ` [${p.indicator}]` : '';
    return `${say(SEVERITY[p.severity], lang)}  ${where}${who}  ${say(p.message, lang)}`;
  });
}

export function problemJson(p: Problem, lang: Lang): Record<string, unknown> {
  return { sheet: p.sheet, cell: p.cell, severity: p.severity, code: p.code, message: say(p.message, lang), indicator: p.indicator ?? null };
}
