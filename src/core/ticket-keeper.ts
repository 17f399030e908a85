import { cookieValues } from './cookie.js';
import { applyAll, integrationsFor } from './integrations/index.js';
import type { VendorCommand } from './integrations/sink.js';
import { countsUntil } from './policy.js';
import type { Report } from './report.js';
import type { ConsentRuntime } from './runtime.js';
import { TICKET_FORMAT, ticketKey, type Ticket } from './ticket.js';
import { declaredBy } from './units.js';

/**
 * Keeps the fast path's ticket (`core/ticket.ts`) in step with the state: written while a
 * stored choice counts and the configuration came from markup (`fingerprint`), removed
 * otherwise (no choice, the banner must ask, a cookie the browser refused or holds twice).
 */
export function keepTicket(runtime: ConsentRuntime, fingerprint: string | undefined, problems: readonly Report[]): void {
  const { config, current: state } = runtime;
  const key = ticketKey(config.cookieName);
  const values = cookieValues(config.cookieName);
  const [cookie] = values;
  try {
    if (fingerprint === undefined || state.mustAsk || !state.record || values.length !== 1 || cookie === undefined || runtime.store.inMemory) {
      localStorage.removeItem(key);
      return;
    }
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
