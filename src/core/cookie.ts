import type { Config, CookieInfo } from './model.js';

/**
 * The consent cookie at the level of `document.cookie`: read every copy of a name, write one,
 * expire one. Small on purpose (the fast path has no cookie library); clearing other tools'
 * cookies is the write path's job.
 */

/**
 * `document.cookie`, or `''` where the page may not read cookies (a sandboxed frame without
 * allow-same-origin). Each read asks the browser's cookie store (in Chromium 10–20 ms on a busy
 * machine, `node bench/profile.mjs cookie-basis 1 --returning`): code that reads several times in
 * one go reads once and passes the text on.
 */
export function readCookies(): string {
  try {
    return document.cookie;
  } catch {
    return '';
  }
}

/** Every value the page sees for a cookie name (two when a host-only and a domain copy exist), in `cookies` as read now unless given. */
export function cookieValues(name: string, cookies = readCookies()): string[] {
  const values: string[] = [];
  for (const pair of cookies ? cookies.split('; ') : []) {
    const split = pair.indexOf('=');
    if (split > 0 && pair.slice(0, split) === name) {
      const raw = pair.slice(split + 1);
      try {
        values.push(decodeURIComponent(raw));
      } catch {
        values.push(raw);
      }
    }
  }
  return values;
}

export interface CookieScope {
  readonly path: string;
  readonly domain?: string;
}

/** Writes a cookie (`value` is URL-safe already); `maxAge` 0 deletes it. Throws where cookies are not accessible. */
export function setCookie(name: string, value: string, scope: CookieScope, maxAge: number): void {
  document.cookie = `${name}=${value}; Path=${scope.path}${scope.domain ? `; Domain=${scope.domain}` : ''}; Max-Age=${String(Math.round(maxAge))}; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;
}

/** `_pk_id.*` → a RegExp matching whole names; `*` is the only wildcard. */
export function namePattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/**
 * Whether a declared cookie or storage entry is present (a vendor set it
 * again, an ungated tag ran): then the write path is loaded to clear it. Storage is looked at
 * only where a category declares storage entries.
 */
export function lingering(declared: readonly Pick<CookieInfo, 'name' | 'storage'>[], consentCookie: string, cookies = readCookies()): boolean {
  if (declared.length === 0) return false;
  const cookieNames = cookies.split('; ').map((pair) => pair.slice(0, pair.indexOf('='))).filter((name) => name && name !== consentCookie);
  return declared.some((info) => {
    const pattern = namePattern(info.name);
    if (info.storage === 'cookie') return cookieNames.some((name) => pattern.test(name));
    try {
      return Object.keys(info.storage === 'local-storage' ? localStorage : sessionStorage).some((key) => pattern.test(key));
    } catch {
      return false;
    }
  });
}

/**
 * Days refusals and objections stay known after a choice stopped counting (six months: CNIL,
 * Garante), so that the banner asks again without silently reopening what someone refused.
 */
const REFUSAL_KEEP_DAYS = 182;
/** Longest lifetime browsers keep (Chrome caps cookies at 400 days). */
const MAX_DAYS = 400;

/** Days the consent cookie is kept: as long as the choice counts (`cookie-max-age`), plus the time refusals are kept. */
export function consentCookieDays(config: Config): number {
  return Math.min(MAX_DAYS, config.cookieMaxAge + REFUSAL_KEEP_DAYS);
}
