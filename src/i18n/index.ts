import type { Strings } from './strings.js';

/**
 * The strings of a language with the site's overrides applied (`texts` in the configuration).
 * Overrides are plain text, keyed like the strings: `acceptAll`, and a dotted key for a member of
 * a table (`citation.f`, `basis.consent`, `labels.statistics`, `exemptNote.cnil-audience`). A
 * parameterised string keeps its parameters: `{names}`, `{count}`… in an override are replaced by
 * the values in order. An unknown key or a table member that does not exist changes nothing.
 */
export function withOverrides(base: Strings, overrides: Readonly<Record<string, string>> | undefined): Strings {
  const strings: Record<string, unknown> = { ...base };
  for (const [key, text] of Object.entries(overrides ?? {})) {
    const [name, member] = splitKey(key);
    const current = strings[name];
    if (member !== undefined) {
      if (typeof current === 'object' && current !== null && Object.hasOwn(current, member)) strings[name] = { ...current, [member]: text };
    } else if (typeof current === 'string') {
      strings[name] = text;
    } else if (typeof current === 'function') {
      strings[name] = (...values: (string | number)[]) => {
        let next = 0;
        return text.replace(/\{\w+\}/g, () => String(values[next++] ?? ''));
      };
    }
  }
  return strings as unknown as Strings;
}

/** `citation.f` → `['citation', 'f']`; `acceptAll` → `['acceptAll']`. */
function splitKey(key: string): [string, string?] {
  const dot = key.indexOf('.');
  return dot < 0 ? [key] : [key.slice(0, dot), key.slice(dot + 1)];
}

export type { Strings } from './strings.js';
