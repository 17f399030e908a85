import type { Category, Config, CookieInfo, LegalBasis, LocalizedText } from './model.js';
import { MAX_CHOICES, nameHash } from './record.js';

/** A configuration mistake: reported in the console, never thrown. */
export interface Problem {
  readonly code: string;
  readonly message: string;
}

const BASES: readonly LegalBasis[] = ['contract', 'legitimate-interest', 'consent'];
const NAME = /^(?!__proto__$)[A-Za-z0-9_-]{1,40}$/;
const TOKEN = /^[\w.-]{1,32}$/;
const SIGNALS = [
  'ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization',
  'functionality_storage', 'personalization_storage', 'security_storage',
];

/** Google Consent Mode signals a category grants when its configuration names none. */
export function defaultSignals(name: string, basis: LegalBasis): string[] {
  if (basis === 'contract') return ['security_storage'];
  if (/^(statistics|analytics|analysis|performance|measurement|audience)$/i.test(name)) return ['analytics_storage'];
  if (/^(marketing|ads|advertising|advertisement|targeting)$/i.test(name)) {
    return ['ad_storage', 'ad_user_data', 'ad_personalization'];
  }
  if (/^(functional|functionality|preferences|personalization)$/i.test(name)) {
    return ['functionality_storage', 'personalization_storage'];
  }
  return [];
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;

/** Reads raw options (from markup, JSON or `configure()`) into a validated config and its problems. */
export function parseConfig(raw: unknown, where = '<cookie-consent>'): { config: Config; problems: Problem[] } {
  const problems: Problem[] = [];
  const source = isRecord(raw) ? raw : {};
  const bad = (attr: string, value: unknown, fallback: string): void => {
    problems.push({
      code: 'invalid-attribute',
      message: `${where} ${attr}="${String(value)}" is not valid; using ${fallback}.`,
    });
  };

  function pick<T extends string>(key: string, attr: string, allowed: readonly T[], fallback: T): T {
    const value = str(source[key]);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    bad(attr, value, `"${fallback}"`);
    return fallback;
  }
  function matching(key: string, attr: string, pattern: RegExp, fallback?: string): string | undefined {
    const value = str(source[key]);
    if (value === undefined || pattern.test(value)) return value ?? fallback;
    bad(attr, value, fallback === undefined ? 'none' : `"${fallback}"`);
    return fallback;
  }
  /** Links the visitor may follow and the record's destination: http(s) or relative, never `javascript:` or `data:`. */
  function url(key: string, attr: string): string | undefined {
    const value = str(source[key]);
    if (value === undefined) return undefined;
    let protocol = '';
    try {
      protocol = new URL(value, 'https://relative.invalid/').protocol;
    } catch {
      // not a URL at all: dropped below
    }
    if (protocol === 'https:' || protocol === 'http:') return value;
    problems.push({
      code: 'invalid-url',
      message: `${where} ${attr}="${value.slice(0, 80)}" is not an http(s) or relative URL; it is dropped.`,
    });
    return undefined;
  }
  const flag = (key: string): boolean => source[key] === true || source[key] === '' || source[key] === 'true';

  let cookieMaxAge = 182;
  if (source.cookieMaxAge !== undefined) {
    const days = Number(source.cookieMaxAge);
    if (Number.isFinite(days) && days > 0) cookieMaxAge = days;
    else bad('cookie-max-age', source.cookieMaxAge, '182 days');
  }

  const { categories, invalidCategories } = parseCategories(source.categories, problems);
  const texts: Record<string, Record<string, string>> = {};
  if (isRecord(source.texts)) {
    for (const [lang, table] of Object.entries(source.texts)) {
      if (!isRecord(table)) continue;
      texts[lang.toLowerCase()] = Object.fromEntries(
        Object.entries(table).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
    }
  }

  const config: Config = {
    revision: matching('revision', 'revision', TOKEN, '1') ?? '1',
    lang: matching('lang', 'lang', /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/),
    policyUrl: url('policyUrl', 'policy-url'),
    imprintUrl: url('imprintUrl', 'imprint-url'),
    cookieName: matching('cookieName', 'cookie-name', /^[\w-]{1,64}$/, 'cookie_basis') ?? 'cookie_basis',
    cookieDomain: matching('cookieDomain', 'cookie-domain', /^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/i)?.replace(/^\./, ''),
    cookiePath: matching('cookiePath', 'cookie-path', /^\/[^;,\s]*$/, '/') ?? '/',
    cookieMaxAge,
    gpc: pick('gpc', 'gpc', ['honor', 'ignore'], 'honor'),
    recordUrl: url('recordUrl', 'record-url'),
    googleConsentMode: flag('googleConsentMode'),
    theme: pick('theme', 'theme', ['auto', 'light', 'dark'], 'auto'),
    layout: pick('layout', 'layout', ['bar', 'box', 'modal'], 'bar'),
    settingsButton: flag('settingsButton'),
    reloadOnRevoke: pick('reloadOnRevoke', 'reload-on-revoke', ['offer', 'always', 'never'], 'offer'),
    categories,
    invalidCategories,
    texts,
  };
  return { config, problems };
}

function parseCategories(
  raw: unknown,
  problems: Problem[],
): { categories: Category[]; invalidCategories: string[] } {
  const list = Array.isArray(raw) ? (raw as unknown[]) : [];
  const seen = new Map<string, number>();
  const invalid = new Set<string>();
  const parsed: Category[] = [];
  list.forEach((item, index) => {
    const entry = isRecord(item) ? item : {};
    const name = str(entry.name);
    const where = `<cookie-category name="${name ?? ''}">`;
    if (name === undefined || !NAME.test(name)) {
      problems.push({
        code: 'invalid-category',
        message: `category #${String(index + 1)} has no valid name (letters, digits, "-" and "_", up to 40); it is ignored.`,
      });
      return;
    }
    seen.set(name, (seen.get(name) ?? 0) + 1);
    const basis = str(entry.basis) as LegalBasis | undefined;
    if (basis === undefined || !BASES.includes(basis)) {
      problems.push({
        code: 'invalid-category',
        message: `${where} basis="${basis ?? ''}" must be contract, legitimate-interest or consent; the category stays closed.`,
      });
      invalid.add(name);
      return;
    }
    let exempt = str(entry.exempt);
    if (exempt !== undefined && basis !== 'legitimate-interest') {
      problems.push({
        code: 'invalid-attribute',
        message: `${where} exempt="${exempt}" applies only to legitimate-interest categories; it is ignored.`,
      });
      exempt = undefined;
    }
    const signals = str(Array.isArray(entry.googleConsentMode) ? entry.googleConsentMode.join(' ') : entry.googleConsentMode);
    const googleConsentMode = signals === undefined ? defaultSignals(name, basis) : signals.split(/\s+/);
    for (const signal of googleConsentMode.filter((s) => !SIGNALS.includes(s))) {
      problems.push({
        code: 'invalid-attribute',
        message: `${where} google-consent-mode names the unknown signal "${signal}"; it is ignored.`,
      });
    }
    const integration = str(entry.integration);
    if (integration !== undefined && integration !== 'matomo') {
      problems.push({ code: 'invalid-attribute', message: `${where} integration="${integration}" is unknown; it is ignored.` });
    }
    parsed.push({
      name,
      basis,
      exempt,
      label: localized(entry.label),
      description: localized(entry.description),
      cookies: parseCookies(entry.cookies, where, problems),
      integration: integration === 'matomo' ? 'matomo' : undefined,
      googleConsentMode: googleConsentMode.filter((s) => SIGNALS.includes(s)),
    });
  });
  for (const [name, count] of seen) {
    if (count > 1) {
      problems.push({
        code: 'duplicate-category',
        message: `<cookie-category name="${name}"> is declared ${String(count)} times; it stays closed until it is declared once.`,
      });
      invalid.add(name);
    }
  }
  for (const name of unstorable(parsed.filter((c) => !invalid.has(c.name)), problems)) invalid.add(name);
  return { categories: parsed.filter((c) => !invalid.has(c.name)), invalidCategories: [...invalid] };
}

/**
 * Optional categories whose choice the consent cookie could not keep: beyond `MAX_CHOICES`, or
 * sharing the compact format's name hash with an earlier one (about one site in 5,000 with
 * 600 names). They stay closed, with an error that says why.
 */
function unstorable(categories: readonly Category[], problems: Problem[]): string[] {
  const optional = categories.filter((c) => c.basis !== 'contract');
  const excess = optional.slice(MAX_CHOICES).map((c) => c.name);
  if (excess.length > 0) {
    problems.push({
      code: 'too-many-categories',
      message: `${String(optional.length)} optional categories are declared, but one consent cookie keeps at most ${String(MAX_CHOICES)}; the last ${String(excess.length)} (from "${excess[0] ?? ''}") stay closed.`,
    });
  }
  const byHash = new Map<string, string>();
  const colliding: string[] = [];
  for (const { name } of optional.slice(0, MAX_CHOICES)) {
    const earlier = byHash.get(nameHash(name));
    if (earlier === undefined) {
      byHash.set(nameHash(name), name);
      continue;
    }
    colliding.push(name);
    problems.push({
      code: 'name-collision',
      message: `<cookie-category name="${name}"> is stored under the same short code as "${earlier}" when there are many categories; rename one. "${name}" stays closed.`,
    });
  }
  return [...excess, ...colliding];
}

function localized(value: unknown): LocalizedText {
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([lang, text]) => [lang.toLowerCase(), text]),
    );
  }
  const text = str(value);
  return text === undefined ? {} : { '': text };
}

function parseCookies(raw: unknown, where: string, problems: Problem[]): CookieInfo[] {
  if (!Array.isArray(raw)) return [];
  const cookies: CookieInfo[] = [];
  for (const item of raw as unknown[]) {
    const entry = isRecord(item) ? item : {};
    const name = str(entry.name);
    if (name === undefined) {
      problems.push({ code: 'invalid-attribute', message: `${where} has a <cookie-info> without a name; it is ignored.` });
      continue;
    }
    const storage = str(entry.storage) ?? 'cookie';
    const party = str(entry.party);
    if (!['cookie', 'local-storage', 'session-storage'].includes(storage)) {
      problems.push({ code: 'invalid-attribute', message: `${where} <cookie-info name="${name}"> storage="${storage}" is not valid; using "cookie".` });
    }
    cookies.push({
      name,
      provider: str(entry.provider),
      purpose: str(entry.purpose),
      duration: str(entry.duration),
      party: party === 'first' || party === 'third' ? party : undefined,
      storage: storage === 'local-storage' || storage === 'session-storage' ? storage : 'cookie',
    });
  }
  return cookies;
}
