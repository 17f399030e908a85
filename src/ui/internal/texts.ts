import { localize } from '../../i18n/languages.js';
import type { Strings } from '../../i18n/strings.js';
import type { Category, Service } from '../../core/model.js';

/** A category's name for visitors: configured label, else the built-in label of a well-known name, else the name. */
export function categoryLabel(category: Category, lang: string, strings: Strings): string {
  const known = strings.labels[category.name.toLowerCase()];
  return localize(category.label, lang, known ?? category.name.charAt(0).toUpperCase() + category.name.slice(1));
}

/** Joins names as a readable list: "A, B and C" / "A, B und C" (no Intl.ListFormat: its first use costs tens of ms on slow devices). */
export function listOf(names: readonly string[], strings: Strings): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')}${strings.and}${names.at(-1) ?? ''}`;
}

/** A service's name for visitors: its label, else its name. */
export function serviceLabel(service: Service, lang: string): string {
  return localize(service.label, lang, service.name);
}

/** A country's name in the page's language (`US` → "United States", "Vereinigte Staaten"), or '' without a code. */
export function countryName(code: string | undefined, lang: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
