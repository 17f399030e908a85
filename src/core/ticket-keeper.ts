import { cookieValues } from './cookie.js';
import { whenIdle } from './dom.js';
import { applyAll, integrationsFor } from './integrations/index.js';
import type { VendorCommand } from './integrations/sink.js';
import { countsUntil } from './policy.js';
import type { Report } from './report.js';
import type { ConsentRuntime } from './runtime.js';
import { TICKET_FORMAT, ticketKey, type Ticket } from './ticket.js';
import { declaredBy } from './units.js';

/** Removes the ticket; without storage (disabled, a sandboxed frame) there is none. */
function removeTicket(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/**
 * The stored ticket was written for the consent cookie as it is now (this tab's choice, or
 * another tab's since this page started): it goes with that choice, not with this page's state.
 */
function writtenForCookie(key: string, cookieName: string): boolean {
  const values = cookieValues(cookieName);
  try {
    return values.length === 1 && (JSON.parse(localStorage.getItem(key) ?? 'null') as { cookie?: unknown } | null)?.cookie === values[0];
  } catch {
    return false;
  }
}

/**
 * Keeps the fast path's ticket (`core/ticket.ts`) in step with the state: written while a
 * stored choice counts and the configuration came from markup (`fingerprint`), removed
 * otherwise (no choice, the banner must ask, a cookie the browser refused or holds twice).
 * `atStart`: the page's first state, where the banner comes first; a ticket that no longer
 * holds goes when the page is idle, unless it was written for the cookie as it is by then (the
 * fast path never uses one without its exact cookie, GPC signal and markup, and the first use of
 * storage costs a first visit tens of ms).
 */
export function keepTicket(runtime: ConsentRuntime, fingerprint: string | undefined, problems: readonly Report[], atStart = false): void {
  const { config, current: state } = runtime;
  const key = ticketKey(config.cookieName);
  if (fingerprint === undefined || state.mustAsk || !state.record || runtime.store.inMemory) {
    // Decided again when idle: this visitor, or another tab, may have chosen in between.
    if (atStart) whenIdle(() => { if (!writtenForCookie(key, config.cookieName)) keepTicket(runtime, fingerprint, problems); });
    else removeTicket(key);
    return;
  }
  const values = cookieValues(config.cookieName);
  const [cookie] = values;
  if (values.length !== 1 || cookie === undefined) {
    removeTicket(key);
    return;
  }
  try {
    const commands: VendorCommand[] = [];
    applyAll(integrationsFor(config, {
      gtag: (...args) => { commands.push(['gtag', args]); },
      paq: (...args) => { commands.push(['paq', args]); },
    }), state, []);
    const refused = Object.keys(state.allowed).filter((name) => !state.allowed[name]);
    const ticket: Ticket = {
      v: TICKET_FORMAT, cookie, config: fingerprint, gpc: runtime.gpc, until: countsUntil(state.record, config), state,
      invalid: config.invalidCategories, commands,
      declaredRefused: declaredBy(config, refused).map(({ name, storage }) => ({ name, storage })),
      button: config.settingsButton, problems,
    };
    localStorage.setItem(key, JSON.stringify(ticket));
  } catch {
    // No storage (disabled, full, a sandboxed frame): every page view takes the full path.
  }
}
