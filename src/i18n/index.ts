import type { Strings } from './strings.js';

/**
 * The strings of a language with the site's overrides applied. Overrides are plain text: a
 * parameterised string keeps its built-in function; `{names}` in an override is replaced.
 */
export function withOverrides(base: Strings, overrides: Readonly<Record<string, string>> = {}): Strings {
  const strings: Record<string, unknown> = { ...base };
  for (const [key, text] of Object.entries(overrides)) {
    const current = strings[key];
    if (typeof current === 'string') strings[key] = text;
    else if (typeof current === 'function') strings[key] = (value: unknown) => text.replace(/\{\w+\}/g, String(value));
  }
  return strings as unknown as Strings;
}

export type { Strings } from './strings.js';
