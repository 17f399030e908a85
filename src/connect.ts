import type { ConsentFacade } from './core/api.js';
import type { Chunks } from './core/chunks.js';
import { lingering } from './core/cookie.js';
import { detailOf, dispatch } from './core/events.js';
import { Gate } from './core/gate.js';
import { applyAll, integrationsFor } from './core/integrations/index.js';
import { own } from './core/names.js';
import { report } from './core/report.js';
import type { ConsentRuntime } from './core/runtime.js';
import { declaredBy } from './core/units.js';
import { listenForTriggers, REOPEN_TRIGGER } from './core/triggers.js';

const COMPANIONS = 'cookie-declaration,cookie-objection';

/** A chunk that could not be loaded is reported where it is loaded; here it only means: nothing to do. */
const ignore = (): void => undefined;

/**
 * Connects a page to its runtime: the gate, the integrations, the events, clearing, the reload
 * offer and the facade follow every state; placeholders, the settings button and the policy
 * companions are loaded only where the page has a use for them.
 */
export function connectPage(runtime: ConsentRuntime, consent: ConsentFacade, chunks: Chunks): void {
  const { config } = runtime;
  const integrations = integrationsFor(config);
  /** Names the visitor withdrew on this page: `!name` scripts wait for one (vanilla-cookieconsent's meaning). */
  const withdrawnHere = new Set<string>();
  const clear = (names: readonly string[]): void => { runtime.write().then((write) => write.clear(runtime, names)).catch(ignore); };
  const gate = new Gate({
    // A category whose configuration was invalid is closed and already reported; only undeclared names are unknown.
    allowed: (name) => own(runtime.current.allowed, name) ?? (config.invalidCategories.includes(name) ? false : undefined),
    withdrawn: (name) => withdrawnHere.has(name),
    placeholder: (embed, names) => {
      let remove: (() => void) | undefined;
      let released = false;
      chunks.inline().then((inline) => { if (!released) remove = inline.blockEmbed(runtime, embed, names); }, ignore);
      return () => {
        released = true;
        remove?.();
      };
    },
  });
  runtime.subscribe((state, { previous, changed, source }) => {
    const withdrawn = Object.keys(previous.allowed).filter((name) => previous.allowed[name] === true && !own(state.allowed, name));
    for (const name of withdrawn) withdrawnHere.add(name);
    if (withdrawn.length > 0) clear(withdrawn);
    gate.update();
    applyAll(integrations, state, changed);
    dispatch('consent-change', detailOf(state, changed, source));
    if (withdrawn.length === 0 || source === 'other-tab' || !gate.ran(withdrawn)) return;
    if (config.reloadOnRevoke === 'always') location.reload();
    else if (config.reloadOnRevoke === 'offer') runtime.show('reload');
  });
  consent.connect(runtime);
  if (runtime.current.offerChanged) report('offerChanged');
  listenForTriggers(consent, () => { runtime.loadUi().catch(ignore); });

  // A vendor may have set its cookies again (an ungated tag, an earlier visit): without permission they go.
  const refused = Object.keys(runtime.current.allowed).filter((name) => !runtime.current.allowed[name]);
  if (lingering(declaredBy(config, refused), config.cookieName)) clear(refused);
  gate.start();
  applyAll(integrations, runtime.current, []);
  // Withdrawing must be as easy as consenting: with no way back into the preferences on the page, the floating button comes by itself.
  afterParsing(() => {
    if (config.settingsButton || !document.querySelector(REOPEN_TRIGGER)) chunks.inline().then((inline) => { inline.addSettingsButton(runtime); }, ignore);
  });
  dispatch('consent-ready', detailOf(runtime.current, [], 'page'));
  // The visitor may answer (a placeholder, the API) before the UI arrives: ask only if still needed.
  if (runtime.current.mustAsk) runtime.loadUi().then((ui) => { if (runtime.current.mustAsk) ui.show('banner'); }, ignore);
  whenPresent(COMPANIONS, () => { chunks.companions().then((module) => { module.defineCompanions(runtime); }, ignore); });
}

/** Calls `callback` once the document is parsed. */
export function afterParsing(callback: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
}

/** Calls `callback` once an element matching `selector` is on the page (now or later). */
function whenPresent(selector: string, callback: () => void): void {
  if (document.querySelector(selector)) {
    callback();
    return;
  }
  const observer = new MutationObserver((records) => {
    const added = records.some((record) => Array.from(record.addedNodes).some((node) =>
      node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null)));
    if (!added) return;
    observer.disconnect();
    callback();
  });
  observer.observe(document, { childList: true, subtree: true });
}
