import { bi, type Bilingual, type Lang } from '../core/i18n';

/** Values filled into `{name}` marks; a function gives each language its own (a text already in both). */
export type Params = Record<string, string | number>;
type ParamsOf = Params | ((lang: Lang) => Params);

/**
 * A table of the pane's texts, one per language: the English one is typed to the
 * Vietnamese keys, so a text missing in either fails the build. `t` says a text
 * in one language, `both` in the two (for notices, shown in the language of the
 * moment).
 */
export function stringTable<K extends string>(vi: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>) {
  const tables: Record<Lang, Readonly<Record<K, string>>> = { vi, en };
  const t = (lang: Lang, key: K, params: ParamsOf = {}): string => {
    const values = typeof params === 'function' ? params(lang) : params;
    return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
  const both = (key: K, params: ParamsOf = {}): Bilingual => bi(t('vi', key, params), t('en', key, params));
  return { t, both };
}
