import { consentCookieDays, cookieValues, setCookie, type CookieScope } from '../core/cookie.js';
import type { Config, ConsentRecord } from '../core/model.js';
import { encodeRecord } from '../core/record-encode.js';
import type { ConsentStore } from '../core/store.js';
import { logReport } from './log.js';



/** The domains a cookie may have been set on: host-only, each parent domain, the configured one. */
export function domainsOf(hostname: string, configured?: string): (string | undefined)[] {
  const domains: (string | undefined)[] = [undefined];
  if (!/^[\d.]+$|:/.test(hostname)) {
    const labels = hostname.split('.');
    for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  }
  if (configured !== undefined && !domains.includes(configured)) domains.push(configured);
  return domains;
}

/** The paths a cookie may have been set on: `/`, the configured path, and each prefix of the current path. */
export function pathsOf(pathname: string, configured: string): string[] {
  const paths = new Set(['/', configured]);
  const parts = pathname.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) paths.add('/' + parts.slice(0, i).join('/'));
  return [...paths];
}

/** Deletes every copy of a cookie this page could have: on the host, each parent domain, on every path prefix. */
export function expireEverywhere(name: string, scope: CookieScope): void {
  for (const domain of domainsOf(location.hostname, scope.domain)) {
    for (const path of pathsOf(location.pathname, scope.path)) setCookie(name, '', { path, domain }, 0);
  }
}

/** Seconds the consent cookie is kept. */
export function cookieLifetime(config: Config): number {
  return consentCookieDays(config) * 86_400;
}

/** What this page last wrote to the consent cookie (`null`: deleted; `undefined`: nothing yet). */
let lastWritten: string | null | undefined;

/**
 * A receiver's `Set-Cookie` can arrive after the visitor chose again (or reset): when the cookie
 * now holds the answered, older value, writes this page's newest value again (or deletes it).
 */
export function keepNewest(config: Config, answered: string): void {
  const { cookieName, cookiePath, cookieDomain } = config;
  if (lastWritten === undefined || lastWritten === answered || !cookieValues(cookieName).includes(answered)) return;
  setCookie(cookieName, lastWritten ?? '', { path: cookiePath, domain: cookieDomain }, lastWritten === null ? 0 : cookieLifetime(config));
}

/**
 * Writes the consent cookie for a record: one copy per site (other copies, and the host-only one
 * left from before `cookie-domain`, go first). Tells the store, which tells the other tabs.
 * Returns `false` when the browser refused the cookie (the choice then lasts for this page).
 */
export function storeChoice(store: ConsentStore, config: Config, record: ConsentRecord): boolean {
  const { cookieName, cookiePath, cookieDomain } = config;
  const value = encodeRecord(record);
  lastWritten = value;
  try {
    if (store.hasCopies) expireEverywhere(cookieName, { path: cookiePath, domain: cookieDomain });
    else if (cookieDomain !== undefined) setCookie(cookieName, '', { path: cookiePath }, 0);
    setCookie(cookieName, value, { path: cookiePath, domain: cookieDomain }, cookieLifetime(config));
  } catch {
    // checked below
  }
  const stored = cookieValues(cookieName).includes(value);
  if (!stored) logReport({ key: 'cookiesBlocked', args: [cookieName] });
  store.remember(value, stored);
  return stored;
}

/** Deletes every copy of the consent cookie (other paths and domains too, so none comes back) and tells the store. */
export function forgetChoice(store: ConsentStore, config: Config): void {
  lastWritten = null;
  try {
    expireEverywhere(config.cookieName, { path: config.cookiePath, domain: config.cookieDomain });
  } catch {
    // no cookie access: nothing stored to remove
  }
  store.remember(null, true);
}
