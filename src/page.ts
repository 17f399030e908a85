import type { ConsentFacade } from './core/api.js';
import type { InlineModule } from './core/chunks.js';
import { Gate } from './core/gate.js';

/**
 * What exists once per page, whichever path decides the state (the fast path's ticket or the
 * full runtime): the API object, the gate, and the names withdrawn on this page. The full path
 * takes them over from the fast path as they are, so no script runs twice.
 */
export class Page {
  readonly consent: ConsentFacade;
  readonly gate: Gate;
  /** Names the visitor withdrew on this page: `!name` scripts wait for one (vanilla-cookieconsent's meaning). */
  readonly withdrawnHere = new Set<string>();
  /** Names the configuration declares but could not use: closed, never unknown. */
  invalid: readonly string[] = [];
  /**
   * `document.cookie` as the start read it, for the fast path to decide on without a second
   * round trip to the cookie store: kept when the page was already parsed or held no consent
   * cookie; `undefined` when the fast path must read again (see `boot()`).
   */
  readonly cookies: string | undefined;
  /** Settles once the banner shows (or could not) on a page that must ask: placeholders follow it. */
  askedFirst: Promise<unknown> = Promise.resolve();

  constructor(consent: ConsentFacade, inline: () => Promise<InlineModule>, cookies: string | undefined) {
    this.consent = consent;
    this.cookies = cookies;
    this.gate = new Gate({
      allowed: (name) => consent.decision(name) ?? (this.invalid.includes(name) ? false : undefined),
      withdrawn: (name) => this.withdrawnHere.has(name),
      placeholder: (embed, names) => {
        let remove: (() => void) | undefined;
        let released = false;
        // On a page that asks, the banner comes first and the placeholders follow it. A chunk that
        // could not be loaded is reported where it is loaded; the embed stays blocked.
        consent.host()
          .then((host) => this.askedFirst.then(() => host))
          .then((host) => inline().then((module) => { if (!released) remove = module.blockEmbed(host, embed, names); }))
          .catch(() => undefined);
        return () => {
          released = true;
          remove?.();
        };
      },
    });
  }
}
