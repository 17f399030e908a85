import type { Language } from './languages.js';
import type { Strings } from './strings.js';

/** The language modules for bundlers (the npm entry): one import per language, each its own chunk. */
export const LANGUAGE_MODULES = {
  en: () => import('./en.js'),
  de: () => import('./de.js'),
} as const satisfies Record<Language, () => Promise<{ strings: Strings }>>;
