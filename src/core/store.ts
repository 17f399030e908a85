import Cookies from 'js-cookie';
import type { Config, ConsentRecord } from './model.js';
import { domainsOf, removeEverywhere } from './clear.js';
import { decodeRecord, encodeRecord, mostRestrictive } from './record.js';
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

/**
 * What one tab tells the others of the same origin: the value it wrote, or `null` when it forgot
 * the choice. The value travels with the message, so a tab never depends on when the browser
 * lets it see another tab's cookie.
 */
type Broadcast = string | null;

/**
 * The consent cookie: read, write, migrate to a shared domain, tell other tabs. When the browser
 * refuses the cookie, the choice lives in memory for this page (and for tabs that hear of it).
 */
export class ConsentStore {
  private readonly config: Config;
  /** The names a choice can hold: the compact cookie format is read against them. */
  private readonly names: readonly string[];
  /** The choice when the browser refused to store the cookie; `undefined` while the cookie works. */
  private memory: string | undefined;
  /** Copies of the cookie on other paths or domains were seen: the next write removes them. */
  private duplicates = false;
  private readonly channel: BroadcastChannel | undefined;

  constructor(config: Config) {
    this.config = config;
    this.names = config.categories.filter((c) => c.basis !== 'contract').map((c) => c.name);
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
    if (values.length === 0) return this.memory === undefined ? null : decodeRecord(this.memory, now, this.names);
    const records = values.map((value) => decodeRecord(value, now, this.names));
    const valid = records.filter((record) => record !== null);
    if (valid.length < records.length) {
      warn('tampered-cookie', `the cookie "${cookieName}" is not a valid choice; it is ignored and replaced on the next choice.`);
    }
    if (values.length > 1) {
      this.duplicates = true;
      warn('duplicate-cookie', `${String(values.length)} cookies named "${cookieName}" are visible (another path or domain); the most restrictive reading of them counts, and the next choice replaces them.`);
    }
    return mostRestrictive(valid);
  }

  /** Writes a record; returns `false` when the browser refused the cookie (the choice then lasts for this page). */
  write(record: ConsentRecord): boolean {
    const value = encodeRecord(record);
    try {
      if (this.duplicates) removeEverywhere(this.config.cookieName, this.config);
      this.duplicates = false;
      this.writeValue(value);
    } catch {
      // checked below
    }
    const stored = cookieValues(this.config.cookieName).includes(value);
    this.memory = stored ? undefined : value;
    if (!stored) {
      warn('cookies-blocked', `the browser did not store the cookie "${this.config.cookieName}"; the choice lasts for this page only.`, 'error');
    }
    this.tell(value);
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
    this.tell(null);
  }

  /**
   * Calls `listener` when another tab of this origin changed the choice (with the record it
   * wrote, or `null` when it forgot it), and with `undefined` when this tab regains focus or
   * visibility (another subdomain may have changed the cookie).
   */
  watch(listener: (record: ConsentRecord | null | undefined) => void): void {
    if (this.channel) {
      this.channel.onmessage = (event: MessageEvent<unknown>) => {
        const value = event.data;
        if (value !== null && typeof value !== 'string') return;
        const record = value === null ? null : decodeRecord(value, Date.now(), this.names);
        if (value !== null && !record) return;
        if (this.memory !== undefined) this.memory = value ?? undefined;
        listener(record);
      };
    }
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') listener(undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
  }

  private tell(message: Broadcast): void {
    this.channel?.postMessage(message);
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
