import type { LocalizedText } from '../core/model.js';

/**
 * A country's transposition of Art. 5(3) ePrivacy Directive, as the banner and the declaration
 * cite it: the consent rule and its strictly-necessary exemption, each in the national
 * language's own citation style and in English customary style (used for every other language:
 * a national provision keeps its own name). Where no current provision could be confirmed, the
 * module says why and the Directive is cited instead.
 */
export type NationalLaw =
  | { readonly consent: LocalizedText; readonly exemption: LocalizedText }
  | { readonly directive: string };

/** The citations a page in `language` shows for a national law (the language's own for the Directive otherwise). */
export function lawCitations(law: NationalLaw, language: string): { deviceAccessCitation: string; necessityCitation: string } | undefined {
  if ('directive' in law) return undefined;
  const pick = (text: LocalizedText): string => text[language] ?? text.en ?? '';
  return { deviceAccessCitation: pick(law.consent), necessityCitation: pick(law.exemption) };
}
