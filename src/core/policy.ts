import type { Category, Config, ConsentRecord, ConsentState } from './model.js';
import { nameMap, own } from './names.js';
import { agreedHash } from './offer.js';

const DAY = 86_400_000;

/**
 * The category may store or read data on the device: it declares cookies or storage, or the
 * site has not stated `device-access="none"` (scripts and pixels read the device too: EDPB
 * Guidelines 2/2023), so a cookieless claim is the site's explicit statement, never assumed.
 */
export const accessesDevice = (category: Category): boolean => category.cookies.length > 0 || category.deviceAccess !== 'none';

/**
 * The category may run only after consent: `consent` basis, or device access that no checked
 * exemption of the jurisdiction covers (Art. 5(3) ePrivacy Directive and its national law),
 * whatever the basis of the processing.
 */
export function needsConsent(category: Category): boolean {
  switch (category.basis) {
    case 'contract':
      return false;
    case 'consent':
      return true;
    case 'legitimate-interest':
      return accessesDevice(category) && category.exempt === undefined;
  }
}

/** What a category is before any choice: contract on; consent off; legitimate interest on unless objected by GPC. */
export function defaultDecision(category: Category, gpcHonoured: boolean): boolean {
  if (category.basis === 'contract') return true;
  if (needsConsent(category)) return false;
  return !gpcHonoured;
}

/** When a choice stops counting (ms): `cookie-max-age` days after it was made. */
export const countsUntil = (record: ConsentRecord, config: Config): number => Date.parse(record.time) + config.cookieMaxAge * DAY;

/** A choice counts: same revision, not dated in the future, and younger than `cookie-max-age` days. */
export function isFresh(record: ConsentRecord, config: Config, now: number): boolean {
  return record.revision === config.revision && now >= Date.parse(record.time) && now < countsUntil(record, config);
}

/**
 * The effective state of every category, from the configuration, the stored record (or none),
 * the time and the browser's GPC signal.
 * - Fresh record: its decisions stand; a category it does not know gets its default and the banner asks.
 * - Stale record (new revision, expired): consent lapses, objections and refusals stay; the banner asks.
 * - A GPC signal newer than the record (record made without it) objects and refuses again.
 */
export function resolveState(config: Config, record: ConsentRecord | null, now: number, gpc: boolean): ConsentState {
  const gpcHonoured = gpc && config.gpc === 'honor';
  const fresh = record !== null && isFresh(record, config, now);
  const signalIsNewer = gpcHonoured && record !== null && !record.gpc;
  // The offer under a consent changed without a new revision: that consent no longer counts.
  const offerChanged = fresh && record.configHash !== agreedHash(config, record.choices);
  const allowed = nameMap<boolean>();
  let mustAsk = record === null || !fresh || offerChanged;
  /** One name's decision: its stored choice (a service inherits its category's), else the default. */
  const decide = (category: Category, name: string, inherited: boolean | undefined): boolean => {
    if (category.basis === 'contract') return true;
    const stored = record ? own(record.choices, name) ?? inherited : undefined;
    if (stored === undefined) {
      if (record !== null) mustAsk = true;
      return defaultDecision(category, gpcHonoured);
    }
    if (fresh) return stored && !signalIsNewer && !(offerChanged && needsConsent(category));
    return stored && defaultDecision(category, gpcHonoured);
  };
  for (const category of config.categories) {
    if (category.services.length === 0) {
      allowed[category.name] = decide(category, category.name, undefined);
      continue;
    }
    const inherited = record ? own(record.choices, category.name) : undefined;
    for (const service of category.services) allowed[service.name] = decide(category, service.name, inherited);
    allowed[category.name] = category.services.every((service) => allowed[service.name]);
  }
  const optional = config.categories.filter((c) => c.basis !== 'contract');
  if (record === null) {
    mustAsk = gpcHonoured ? optional.some(needsConsent) : optional.length > 0;
  }
  const storedFalse = (name: string, parent?: string): boolean =>
    record !== null && (own(record.choices, name) ?? (parent === undefined ? undefined : own(record.choices, parent))) === false;
  const refused = optional
    .flatMap((c) => [{ name: c.name, parent: undefined as string | undefined }, ...c.services.map((s) => ({ name: s.name, parent: c.name }))])
    .filter(({ name, parent }) => storedFalse(name, parent) || (gpcHonoured && !allowed[name] && (!record || !record.gpc || !fresh)))
    .map(({ name }) => name);
  return { allowed, mustAsk, gpcHonoured, refused, offerChanged, record: fresh ? record : null };
}
