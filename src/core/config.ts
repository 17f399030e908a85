import {
  BASES, DEFAULT_COOKIE_NAME, GPC_MODES, INTEGRATIONS, JURISDICTIONS, LAYOUTS, NECESSARY_PROCESSING, RELOAD_MODES, SIGNALS, STORAGE_KINDS, THEMES,
  type Category, type Config, type CookieInfo, type Exemption, type Jurisdiction, type LegalBasis, type LocalizedText, type ProcessingPoint, type Service,
  type Signal,
} from './model.js';
import { exemptionFault, type ExemptionClaim } from './exemption.js';
import type { Report } from './report.js';
import { CHOICE_NAME, MAX_CHOICES, nameHash } from './record.js';

/**
 * A configuration mistake: a message key and its arguments. The texts live in the lazily loaded
 * messages (`write/messages.ts`), so validation costs the fast path no prose; the decision it
 * leads to (a default, a closed category) is made here at once.
 */
export type Problem = Report;

const TOKEN = /^[\w.-]{1,32}$/;
const DEFAULT_MAX_AGE = 182;

/** Google Consent Mode signals a category grants when its configuration names none. */
export function defaultSignals(name: string, basis: LegalBasis): Signal[] {
  if (basis === 'contract') return ['security_storage'];
  if (/^(statistics|analytics|analysis|performance|measurement|audience)$/i.test(name)) return ['analytics_storage'];
  if (/^(marketing|ads|advertising|advertisement|targeting)$/i.test(name)) return ['ad_storage', 'ad_user_data', 'ad_personalization'];
  if (/^(functional|functionality|preferences|personalization)$/i.test(name)) return ['functionality_storage', 'personalization_storage'];
  return [];
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  (list as readonly (string | undefined)[]).includes(value);

/** Reads raw options (from markup, JSON or `configure()`) into a validated config and its problems. */
export function parseConfig(raw: unknown): { config: Config; problems: Problem[] } {
  const problems: Problem[] = [];
  const source = isRecord(raw) ? raw : {};
  const problem = (key: Problem['key'], ...args: string[]): void => { problems.push({ key, args }); };

  function pick<T extends string>(key: string, attr: string, allowed: readonly T[]): T {
    const value = str(source[key]);
    const [fallback] = allowed as readonly [T];
    if (value === undefined || isOneOf(allowed, value)) return value ?? fallback;
    problem('badValue', '<cookie-consent>', attr, value, `"${fallback}"`);
    return fallback;
  }
  function matching(key: string, attr: string, pattern: RegExp, fallback?: string): string | undefined {
    const value = str(source[key]);
    if (value === undefined || pattern.test(value)) return value ?? fallback;
    problem('badValue', '<cookie-consent>', attr, value, fallback === undefined ? 'none' : `"${fallback}"`);
    return fallback;
  }
  const url = (key: string, attr: string): string | undefined => checkedUrl(source[key], attr, problem);
  const flag = (key: string): boolean => source[key] === true || source[key] === '' || source[key] === 'true';

  let cookieMaxAge = DEFAULT_MAX_AGE;
  if (source.cookieMaxAge !== undefined) {
    const days = Number(source.cookieMaxAge);
    if (Number.isFinite(days) && days > 0) cookieMaxAge = days;
    else problem('badValue', '<cookie-consent>', 'cookie-max-age', typeof source.cookieMaxAge === 'string' ? source.cookieMaxAge : JSON.stringify(source.cookieMaxAge), `${String(DEFAULT_MAX_AGE)} days`);
  }

  const jurisdiction = pick('jurisdiction', 'jurisdiction', JURISDICTIONS);
  const config: Config = {
    revision: matching('revision', 'revision', TOKEN, '1') ?? '1',
    jurisdiction,
    lang: matching('lang', 'lang', /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/),
    policyUrl: url('policyUrl', 'policy-url'),
    imprintUrl: url('imprintUrl', 'imprint-url'),
    cookieName: matching('cookieName', 'cookie-name', /^[\w-]{1,64}$/, DEFAULT_COOKIE_NAME) ?? DEFAULT_COOKIE_NAME,
    cookieDomain: matching('cookieDomain', 'cookie-domain', /^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/i)?.replace(/^\./, ''),
    cookiePath: matching('cookiePath', 'cookie-path', /^\/[^;,\s]*$/, '/') ?? '/',
    cookieMaxAge,
    gpc: pick('gpc', 'gpc', GPC_MODES),
    recordUrl: url('recordUrl', 'record-url'),
    googleConsentMode: flag('googleConsentMode'),
    theme: pick('theme', 'theme', THEMES),
    layout: pick('layout', 'layout', LAYOUTS),
    settingsButton: flag('settingsButton'),
    reloadOnRevoke: pick('reloadOnRevoke', 'reload-on-revoke', RELOAD_MODES),
    ...parseCategories(source.categories, jurisdiction, problem),
    texts: parseTexts(source.texts),
  };
  return { config, problems };
}

type ProblemSink = (key: Problem['key'], ...args: string[]) => void;

/** Links the visitor may follow and the record's destination: http(s) or relative, never `javascript:` or `data:`. */
function checkedUrl(raw: unknown, attr: string, problem: ProblemSink): string | undefined {
  const value = str(raw);
  if (value === undefined) return undefined;
  let protocol = '';
  try {
    protocol = new URL(value, 'https://relative.invalid/').protocol;
  } catch {
    // not a URL at all: dropped below
  }
  if (protocol === 'https:' || protocol === 'http:') return value;
  problem('badUrl', attr, value.slice(0, 80));
  return undefined;
}

/** The `<cookie-service>` elements of a category; their cookies carry the service's name (and provider, unless they name one). */
function parseServices(raw: unknown, where: string, problem: ProblemSink): Service[] {
  if (!Array.isArray(raw)) return [];
  const services: Service[] = [];
  (raw as unknown[]).forEach((item, index) => {
    const entry = isRecord(item) ? item : {};
    const name = str(entry.name);
    if (name === undefined || !CHOICE_NAME.test(name)) {
      problem('badServiceName', where, String(index + 1));
      return;
    }
    const at = `<cookie-service name="${name}">`;
    const country = str(entry.country)?.toUpperCase();
    const validCountry = country !== undefined && /^[A-Z]{2}$/.test(country);
    if (country !== undefined && !validCountry) problem('badValue', at, 'country', country, 'none');
    const provider = str(entry.provider);
    services.push({
      name,
      label: localized(entry.label),
      provider,
      purpose: localized(entry.purpose),
      country: validCountry ? country : undefined,
      transfer: localized(entry.transfer),
      policyUrl: checkedUrl(entry.policyUrl, 'policy-url', problem),
      retention: localized(entry.retention),
      cookies: parseCookies(entry.cookies, at, problem).map((cookie) => ({ ...cookie, provider: cookie.provider ?? provider, service: name })),
    });
  });
  return services;
}

function parseTexts(raw: unknown): Config['texts'] {
  const texts: Record<string, Record<string, string>> = {};
  if (!isRecord(raw)) return texts;
  for (const [lang, table] of Object.entries(raw)) {
    if (!isRecord(table)) continue;
    texts[lang.toLowerCase()] = Object.fromEntries(Object.entries(table).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  return texts;
}

function parseCategories(raw: unknown, jurisdiction: Jurisdiction, problem: ProblemSink): { categories: Category[]; invalidCategories: string[] } {
  const list = Array.isArray(raw) ? (raw as unknown[]) : [];
  const seen = new Map<string, number>();
  const invalid = new Set<string>();
  const parsed: Category[] = [];
  list.forEach((item, index) => {
    const entry = isRecord(item) ? item : {};
    const name = str(entry.name);
    if (name === undefined || !CHOICE_NAME.test(name)) {
      problem('badCategoryName', String(index + 1));
      return;
    }
    const where = `<cookie-category name="${name}">`;
    const services = parseServices(entry.services, where, problem);
    // Categories and services share one namespace: a name means one thing.
    for (const unit of [name, ...services.map((service) => service.name)]) seen.set(unit, (seen.get(unit) ?? 0) + 1);
    const basis = str(entry.basis);
    if (!isOneOf(BASES, basis)) {
      problem('badBasis', where, basis ?? '');
      invalid.add(name);
      return;
    }
    const signals = str(Array.isArray(entry.googleConsentMode) ? entry.googleConsentMode.join(' ') : entry.googleConsentMode);
    const named = signals === undefined ? defaultSignals(name, basis) : signals.split(/\s+/);
    for (const signal of named.filter((s) => !isOneOf(SIGNALS, s))) problem('unknownSignal', where, signal);
    const googleConsentMode = named.filter((s): s is Signal => isOneOf(SIGNALS, s));
    const integration = str(entry.integration);
    if (integration !== undefined && !isOneOf(INTEGRATIONS, integration)) problem('unknownIntegration', where, integration);
    const cookies = [...parseCookies(entry.cookies, where, problem), ...services.flatMap((service) => service.cookies)];
    parsed.push({
      name,
      basis,
      processing: processingOf(entry, basis, where, problem),
      ...deviceRules(entry, basis, where, jurisdiction, { cookies, googleConsentMode }, problem),
      label: localized(entry.label),
      description: localized(entry.description),
      cookies,
      services,
      integration: isOneOf(INTEGRATIONS, integration) ? integration : undefined,
      googleConsentMode,
    });
  });
  for (const [name, count] of seen) {
    if (count < 2) continue;
    problem('duplicateCategory', name, String(count));
    invalid.add(name);
  }
  const names = (category: Category): string[] => [category.name, ...category.services.map((service) => service.name)];
  const valid = (category: Category): boolean => names(category).every((name) => !invalid.has(name));
  for (const name of unstorable(parsed.filter(valid), problem)) invalid.add(name);
  // A category with an invalid name among its services stays closed as a whole, services and all.
  for (const category of parsed.filter((c) => !valid(c))) for (const name of names(category)) invalid.add(name);
  return { categories: parsed.filter(valid), invalidCategories: [...invalid] };
}

/** The point of Art. 6(1) GDPR the processing rests on: fixed by the basis, chosen with `processing` for a `contract` category. */
function processingOf(entry: Raw, basis: LegalBasis, where: string, problem: ProblemSink): ProcessingPoint {
  const value = str(entry.processing);
  if (basis !== 'contract') {
    if (value !== undefined) problem('exemptIgnored', where, 'processing', value);
    return basis === 'consent' ? 'a' : 'f';
  }
  if (value === undefined || isOneOf(NECESSARY_PROCESSING, value)) return value ?? 'b';
  problem('badValue', where, 'processing', value, '"b"');
  return 'b';
}

/**
 * A category's claims about device access: `device-access="none"` (only without declared
 * cookies) and an exemption that its jurisdiction knows and whose conditions hold. A claim that
 * does not hold is reported and dropped, so the category waits for consent.
 */
function deviceRules(entry: Raw, basis: LegalBasis, where: string, jurisdiction: Jurisdiction, claim: ExemptionClaim, problem: ProblemSink): Pick<Category, 'exempt' | 'deviceAccess'> {
  const exempt = str(entry.exempt);
  const access = str(entry.deviceAccess);
  if (basis !== 'legitimate-interest') {
    if (exempt !== undefined) problem('exemptIgnored', where, 'exempt', exempt);
    if (access !== undefined) problem('exemptIgnored', where, 'device-access', access);
    return {};
  }
  let deviceAccess: 'none' | undefined;
  if (access === 'none' && claim.cookies.length > 0) problem('deviceAccessDeclared', where, claim.cookies[0]?.name ?? '');
  else if (access === 'none') deviceAccess = access;
  else if (access !== undefined) problem('badValue', where, 'device-access', access, 'none');
  if (exempt === undefined) return { deviceAccess };
  const fault = exemptionFault(exempt, jurisdiction, claim);
  if (fault) problem(fault.key, where, jurisdiction, ...fault.args);
  return { deviceAccess, exempt: fault ? undefined : (exempt as Exemption) };
}

/**
 * Optional categories whose choice the consent cookie could not keep: beyond `MAX_CHOICES`, or
 * sharing the compact format's name hash with an earlier one (about one site in 5,000 with
 * 600 names). They stay closed, with an error that says why.
 */
function unstorable(categories: readonly Category[], problem: ProblemSink): string[] {
  const optional = categories.filter((c) => c.basis !== 'contract').flatMap((c) => [c, ...c.services]);
  const excess = optional.slice(MAX_CHOICES).map((c) => c.name);
  if (excess.length > 0) problem('tooManyCategories', String(optional.length), String(MAX_CHOICES), String(excess.length), excess[0] ?? '');
  const byHash = new Map<string, string>();
  const colliding: string[] = [];
  for (const { name } of optional.slice(0, MAX_CHOICES)) {
    const hash = nameHash(name);
    const earlier = byHash.get(hash);
    if (earlier === undefined) {
      byHash.set(hash, name);
    } else {
      colliding.push(name);
      problem('nameCollision', name, earlier);
    }
  }
  return [...excess, ...colliding];
}

function localized(value: unknown): LocalizedText {
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([lang, text]) => [lang.toLowerCase(), text]));
  }
  const text = str(value);
  return text === undefined ? {} : { '': text };
}

function parseCookies(raw: unknown, where: string, problem: ProblemSink): CookieInfo[] {
  if (!Array.isArray(raw)) return [];
  const cookies: CookieInfo[] = [];
  for (const item of raw as unknown[]) {
    const entry = isRecord(item) ? item : {};
    const name = str(entry.name);
    if (name === undefined) {
      problem('cookieWithoutName', where);
      continue;
    }
    const storage = str(entry.storage) ?? 'cookie';
    if (!isOneOf(STORAGE_KINDS, storage)) problem('badStorage', where, name, storage);
    const party = str(entry.party);
    cookies.push({
      name,
      provider: str(entry.provider),
      purpose: localized(entry.purpose),
      duration: localized(entry.duration),
      party: party === 'first' || party === 'third' ? party : undefined,
      storage: isOneOf(STORAGE_KINDS, storage) ? storage : 'cookie',
    });
  }
  return cookies;
}
