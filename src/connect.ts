import type { Chunks } from './core/chunks.js';
import { lingering } from './core/cookie.js';
import { afterParsing, COMPANIONS, whenPresent } from './core/dom.js';
import { detailOf, dispatch } from './core/events.js';
import { applyAll, integrationsFor } from './core/integrations/index.js';
import { pageSink, type VendorSink } from './core/integrations/sink.js';
import type { ConsentState } from './core/model.js';
import { own } from './core/names.js';
import { report, type Report } from './core/report.js';
import type { ConsentRuntime } from './core/runtime.js';
import { keepTicket } from './core/ticket-keeper.js';
import { REOPEN_TRIGGER } from './core/triggers.js';
import { declaredBy } from './core/units.js';
import type { Page } from './page.js';

/** A chunk that could not be loaded is reported where it is loaded; here it only means: nothing to do. */
const ignore = (): void => undefined;

/** How the runtime comes to the page. */
export interface Arrival {
  /** The configuration markup's fingerprint; `undefined` for options and JSON files (the fast path needs markup). */
  readonly fingerprint?: string;
  /** The configuration's problems, for the fast path to report again on later pages. */
  readonly problems: readonly Report[];
  /**
   * The state the fast path applied, when the runtime takes over from it: the page's gate, events
   * and vendor commands continue from there, nothing is sent twice.
   */
  readonly handover?: ConsentState;
}

/**
 * Connects a page to its runtime: the gate, the integrations, the events, clearing, the reload
 * offer, the fast path's ticket and the API follow every state; placeholders, the settings
 * button and the policy companions are loaded only where the page has a use for them.
 */
export function connectPage(runtime: ConsentRuntime, page: Page, chunks: Chunks, { fingerprint, problems, handover }: Arrival): void {
  const { config } = runtime;
  const { consent, gate, withdrawnHere } = page;
  // The banner first: asked for before anything else, and the placeholders wait for it. The
  // visitor may answer (a placeholder, the API) before the UI arrives: ask only if still needed.
  if (runtime.current.mustAsk) page.askedFirst = runtime.loadUi().then((ui) => { if (runtime.current.mustAsk) ui.show('banner'); }, ignore);
  page.invalid = config.invalidCategories;
  /** After a handover the vendors already have the fast path's state: the integrations learn it without sending it again. */
  let muted = handover !== undefined;
  const sink: VendorSink = {
    gtag: (...args) => { if (!muted) pageSink.gtag(...args); },
    paq: (...args) => { if (!muted) pageSink.paq(...args); },
  };
  const integrations = integrationsFor(config, sink);
  const clear = (names: readonly string[]): void => { runtime.write().then((write) => write.clear(runtime, names)).catch(ignore); };
  const keep = (atStart = false): void => { keepTicket(runtime, fingerprint, problems, atStart); };
  runtime.subscribe((state, { previous, changed, source }) => {
    const withdrawn = Object.keys(previous.allowed).filter((name) => previous.allowed[name] === true && !own(state.allowed, name));
    for (const name of withdrawn) withdrawnHere.add(name);
    if (withdrawn.length > 0) clear(withdrawn);
    gate.update();
    applyAll(integrations, state, changed);
    keep();
    dispatch('consent-change', detailOf(state, changed, source));
    if (withdrawn.length === 0 || source === 'other-tab' || !gate.ran(withdrawn)) return;
    if (config.reloadOnRevoke === 'always') location.reload();
    else if (config.reloadOnRevoke === 'offer') runtime.show('reload');
  });
  consent.connect(runtime);
  if (runtime.current.offerChanged) report('offerChanged');

  // A vendor may have set its cookies again (an ungated tag, an earlier visit): without permission they go.
  const refused = Object.keys(runtime.current.allowed).filter((name) => !runtime.current.allowed[name]);
  if (lingering(declaredBy(config, refused), config.cookieName)) clear(refused);
  gate.start();
  applyAll(integrations, handover ?? runtime.current, []);
  muted = false;
  keep(true);
  // Withdrawing must be as easy as consenting: with no way back into the preferences on the page, the floating button comes by itself.
  afterParsing(() => {
    if (config.settingsButton || !document.querySelector(REOPEN_TRIGGER)) chunks.inline().then((inline) => { inline.addSettingsButton(runtime); }, ignore);
  });
  if (handover) runtime.resume(handover);
  else dispatch('consent-ready', detailOf(runtime.current, [], 'page'));
  whenPresent(COMPANIONS, () => { chunks.companions().then((module) => { module.defineCompanions(runtime); }, ignore); });
}
