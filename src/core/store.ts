import { cookieValues } from './cookie.js';
import type { Config, ConsentRecord } from './model.js';
import { decodeRecord, mostRestrictive } from './record.js';
import { report } from './report.js';

/**
 * What one tab tells the others of the same origin: the value it wrote, or `null` when it forgot
 * the choice. The value travels with the message, so a tab never depends on when the browser
 * lets it see another tab's cookie.
 */
type Broadcast = string | null;

/**
 * The consent cookie on the fast path: read it, hear other tabs, remember what the write path
 * stored (`write/consent-cookie.ts` writes it). When the browser refuses the cookie, the choice
 * lives in memory for this page (and for tabs that hear of it).
 */
export class ConsentStore {
  private readonly config: Config;
  /** The names a choice can hold, categories and services: the compact cookie format is read against them. */
  private readonly names: readonly string[];
  /** The choice when the browser refused to store the cookie; `undefined` while the cookie works. */
  private memory: string | undefined;
  /** Several copies of the cookie were seen (other paths, a host-only copy): the next write removes them all. */
  private copies = false;
  private readonly channel: BroadcastChannel | undefined;

  constructor(config: Config) {
    this.config = config;
    this.names = config.categories.filter((c) => c.basis !== 'contract').flatMap((c) => [c.name, ...c.services.map((s) => s.name)]);
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`cookie-basis:${config.cookieName}`) : undefined;
  }

  /**
   * The stored record, or `null` when there is none or it is not trustworthy. Several valid
   * copies are read together, most restrictively (a refusal in any copy stands).
   */
  read(now: number): ConsentRecord | null {
    const { cookieName } = this.config;
    // A choice the browser refused to store wins over whatever cookie it still shows.
    if (this.memory !== undefined) return decodeRecord(this.memory, now, this.names);
    const values = cookieValues(cookieName);
    if (values.length === 0) return null;
    const records = values.map((value) => decodeRecord(value, now, this.names));
    const valid = records.filter((record) => record !== null);
    if (valid.length < records.length) report('tamperedCookie', cookieName);
    this.copies = values.length > 1;
    if (this.copies) report('duplicateCookie', String(values.length), cookieName);
    return mostRestrictive(valid);
  }

  /** The browser refused the cookie: the choice lives in this page's memory only. */
  get inMemory(): boolean {
    return this.memory !== undefined;
  }

  /** Several copies of the cookie were read (other paths, a host-only copy): the next write must remove them all. */
  get hasCopies(): boolean {
    return this.copies;
  }

  /**
   * Takes note of what the write path stored (`value`, or `null` after deleting the cookie) and
   * tells the other tabs. A value the browser refused (`stored` false) lives on in memory.
   */
  remember(value: string | null, stored: boolean): void {
    this.copies = false;
    this.memory = stored || value === null ? undefined : value;
    this.channel?.postMessage(value satisfies Broadcast);
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

}
