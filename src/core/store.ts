import Cookies from 'js-cookie';
import type { Config, ConsentRecord } from './model.js';
import { domainsOf } from './clear.js';
import { decodeRecord, encodeRecord } from './record.js';
import { warn } from './warn.js';

/** The cookie is kept this long so that refusals and objections are still known when the banner asks again. */
const KEEP_DAYS = 395;

/** Every value the page sees for a cookie name (two when a host-only and a domain copy exist). */
export function cookieValues(name: string): string[] {
  const values: string[] = [];
  let cookies = '';
  try {
    cookies = document.cookie;
  } catch {
    // a sandboxed frame without allow-same-origin: no cookies at all
  }
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

/** The consent cookie: read, write, migrate to a shared domain; the choice lives in memory when cookies are blocked. */
export class ConsentStore {
  private readonly config: Config;
  private memory: string | undefined;
  private readonly channel: BroadcastChannel | undefined;

  constructor(config: Config) {
    this.config = config;
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`cookie-basis:${config.cookieName}`) : undefined;
  }

  /** The stored record, or `null` when there is none or it is not trustworthy. */
  read(now: number): ConsentRecord | null {
    const { cookieName, cookieDomain } = this.config;
    let values = cookieValues(cookieName);
    const [only] = values;
    if (cookieDomain !== undefined && only !== undefined) {
      // One effective choice per site: copies on the host or on a domain configured before go.
      for (const domain of domainsOf(location.hostname).filter((d) => d !== cookieDomain)) {
        Cookies.remove(cookieName, { path: this.config.cookiePath, domain });
      }
      const remaining = cookieValues(cookieName);
      if (remaining.length === 0 && values.length === 1) this.writeValue(only);
      else values = remaining;
    }
    if (values.length === 0) return this.memory === undefined ? null : decodeRecord(this.memory, now);
    if (values.length > 1) {
      warn('duplicate-cookie', `${String(values.length)} cookies named "${cookieName}" are visible (another path or domain); no choice is assumed and the banner asks again.`);
      return null;
    }
    const record = decodeRecord(values[0], now);
    if (!record) warn('tampered-cookie', `the cookie "${cookieName}" is not a valid choice; it is ignored and replaced on the next choice.`);
    return record;
  }

  /** Writes a record; returns `false` when the browser refused the cookie (the choice then lasts for this page). */
  write(record: ConsentRecord): boolean {
    const value = encodeRecord(record);
    this.memory = value;
    try {
      this.writeValue(value);
    } catch {
      // checked below
    }
    const stored = cookieValues(this.config.cookieName).includes(value);
    if (!stored) {
      warn('cookies-blocked', `the browser did not store the cookie "${this.config.cookieName}"; the choice lasts for this page only.`, 'error');
    }
    this.channel?.postMessage('change');
    return stored;
  }

  /** Deletes the consent cookie (and its host-only copy). */
  remove(): void {
    const { cookieName, cookiePath, cookieDomain } = this.config;
    this.memory = undefined;
    try {
      Cookies.remove(cookieName, { path: cookiePath });
      if (cookieDomain !== undefined) Cookies.remove(cookieName, { path: cookiePath, domain: cookieDomain });
    } catch {
      // no cookie access: nothing stored to remove
    }
    this.channel?.postMessage('change');
  }

  /** Calls `listener` when another tab changed the choice (BroadcastChannel) or this tab regains focus (other subdomains). */
  watch(listener: () => void): void {
    if (this.channel) this.channel.onmessage = listener;
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') listener();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
  }

  private writeValue(value: string): void {
    const { cookieName, cookiePath, cookieDomain, cookieMaxAge } = this.config;
    Cookies.set(cookieName, value, {
      path: cookiePath,
      domain: cookieDomain,
      sameSite: 'Lax',
      secure: location.protocol === 'https:',
      'max-age': String(Math.round(Math.max(KEEP_DAYS, cookieMaxAge) * 86_400)),
    });
  }
}
