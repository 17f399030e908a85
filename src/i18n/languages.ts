/** The 24 official languages of the EU, each with complete built-in texts: one module each (`src/i18n/<code>.ts`), loaded alone. */
export const LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** The built-in language of a language tag, matching on its primary subtag (`de-AT` → `de`); `undefined` for one not built in. */
export function supportedLanguage(tag: string): Language | undefined {
  const primary = tag.toLowerCase().split('-')[0];
  return LANGUAGES.find((lang) => lang === primary);
}

/**
 * Picks the first supported language from candidates in order of preference (the `lang`
 * attribute, `<html lang>`, the browser's languages); English when none is supported.
 */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const match = candidate ? supportedLanguage(candidate) : undefined;
    if (match) return match;
  }
  return 'en';
}

/** A configured text in the language, else the language-neutral text, else English, else `fallback`. */
export function localize(texts: Readonly<Record<string, string>>, lang: string, fallback: string): string {
  return texts[lang] ?? texts[''] ?? texts.en ?? fallback;
}
