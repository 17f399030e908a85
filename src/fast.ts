import { cookieValues, lingering, readCookies } from './core/cookie.js';
import { afterParsing, COMPANIONS, whenPresent } from './core/dom.js';
import { detailOf, dispatch } from './core/events.js';
import { pageSink } from './core/integrations/sink.js';
import { DEFAULT_COOKIE_NAME, type ConsentState } from './core/model.js';
import { report } from './core/report.js';
import { validTicket } from './core/ticket.js';
import { REOPEN_TRIGGER } from './core/triggers.js';
import type { Page } from './page.js';

/** Another tab changed the choice (it says so, or the cookie differs when this tab comes back): the full path follows it. */
function watchOtherTabs(cookieName: string, cookies: string, takeover: () => void): void {
  const seen = cookieValues(cookieName, cookies).join('\n');
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(`cookie-basis:${cookieName}`);
    channel.onmessage = () => {
      channel.close();
      takeover();
    };
  }
  const onVisible = (): void => {
    if (document.visibilityState === 'visible' && cookieValues(cookieName).join('\n') !== seen) takeover();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', onVisible);
}

/**
 * The fast path: applies the ticket the full path left for this cookie, configuration and GPC
 * signal (`core/ticket.ts`) — opens the allowed gates, sends the vendors their commands, fires
 * `consent-ready` — and calls `takeover` (the full path) only for what the ticket cannot do:
 * clearing refused cookies, the settings button, the policy companions, another tab's change,
 * an action through the API or a trigger. Returns the state applied, or `undefined` when no
 * ticket holds (then the full path decides).
 */
export function startFast(page: Page, element: Element, takeover: () => void): ConsentState | undefined {
  // As the configuration reads it: an invalid name falls back to the default.
  const named = element.getAttribute('cookie-name')?.trim() ?? '';
  const cookieName = /^[\w-]{1,64}$/.test(named) ? named : DEFAULT_COOKIE_NAME;
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  // One read of the cookies for the whole fast path: each read is a round trip to the browser's cookie store.
  const cookies = page.cookies ?? readCookies();
  const ticket = validTicket(element, cookies, cookieName, gpc, Date.now());
  if (!ticket) return undefined;
  const { state } = ticket;
  for (const { key, args } of ticket.problems) report(key, ...args);
  page.invalid = ticket.invalid;
  page.consent.adoptEarly(state);
  // A vendor may have set its cookies again (an ungated tag, an earlier visit): the full path clears them.
  if (lingering(ticket.declaredRefused, cookieName, cookies)) takeover();
  page.gate.start();
  for (const [kind, args] of ticket.commands) {
    try {
      if (kind === 'gtag') pageSink.gtag(...args);
      else pageSink.paq(...(args as string[]));
    } catch (error) {
      report('integrationFailed', kind, String(error));
    }
  }
  afterParsing(() => { if (ticket.button || !document.querySelector(REOPEN_TRIGGER)) takeover(); });
  dispatch('consent-ready', detailOf(state, [], 'page'));
  whenPresent(COMPANIONS, takeover);
  watchOtherTabs(cookieName, cookies, takeover);
  return state;
}
