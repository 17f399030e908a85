import { EXEMPTIONS, type CookieInfo, type Exemption, type Jurisdiction, type Signal } from './model.js';

const DAYS_PER_UNIT: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.44, year: 365.25 };
/** Longest cookie lifetime the CNIL's audience-measurement exemption allows: 13 months. */
const CNIL_MAX_DAYS = 13 * 30.44;

/**
 * Days a declared duration stands for (`session`, `13 months`, `395 days`, `1 year`), read from
 * the language-neutral or English text; `undefined` when it cannot be read.
 */
export function durationDays(duration: Readonly<Record<string, string>>): number | undefined {
  const text = (duration[''] ?? duration.en ?? '').trim().toLowerCase();
  if (text === 'session') return 0;
  const match = /^(\d+(?:\.\d+)?)\s*(day|week|month|year)s?$/.exec(text);
  const [, count, unit] = match ?? [];
  return count && unit ? Number(count) * (DAYS_PER_UNIT[unit] ?? Infinity) : undefined;
}

/** What the category declares that an exemption's conditions look at. */
export interface ExemptionClaim {
  readonly cookies: readonly CookieInfo[];
  readonly googleConsentMode: readonly Signal[];
}

/** Why a claimed exemption does not hold: the problem's key and arguments; `undefined` when it holds. */
export type ExemptionFault =
  | { readonly key: 'unknownExemption'; readonly args: [string, string] }
  | { readonly key: 'exemptionConditions'; readonly args: [string, ExemptionCondition, string] };

/** The condition of an exemption that the configuration breaks (the console explains each). */
export type ExemptionCondition = 'first-party' | 'lifetime' | 'no-advertising';

/** The exemptions a jurisdiction knows. */
export const exemptionsIn = (jurisdiction: Jurisdiction): Exemption[] =>
  (Object.keys(EXEMPTIONS) as Exemption[]).filter((name) => (EXEMPTIONS[name] as readonly string[]).includes(jurisdiction));

/**
 * Checks a claimed exemption: a value the jurisdiction knows, and (for `cnil-audience`) its
 * conditions as far as the configuration shows them: first-party cookies only, each declared
 * with a lifetime of at most 13 months, no advertising signal (CNIL, délibération 2020-091 and
 * its audience-measurement guidance).
 */
export function exemptionFault(exempt: string, jurisdiction: Jurisdiction, claim: ExemptionClaim): ExemptionFault | undefined {
  const known = exemptionsIn(jurisdiction);
  if (!(known as string[]).includes(exempt)) return { key: 'unknownExemption', args: [exempt, known.join(', ')] };
  if (exempt !== 'cnil-audience') return undefined;
  const third = claim.cookies.find((cookie) => cookie.party === 'third');
  if (third) return { key: 'exemptionConditions', args: [exempt, 'first-party', third.name] };
  const long = claim.cookies.find((cookie) => !((durationDays(cookie.duration) ?? Infinity) <= CNIL_MAX_DAYS));
  if (long) return { key: 'exemptionConditions', args: [exempt, 'lifetime', long.name] };
  const ads = claim.googleConsentMode.find((signal) => signal.startsWith('ad_'));
  if (ads) return { key: 'exemptionConditions', args: [exempt, 'no-advertising', ads] };
  return undefined;
}
