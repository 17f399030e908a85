import type { ConsentFacade } from './core/api.js';
import type { Chunks } from './core/chunks.js';
import type { Category, Config, Decisions } from './core/model.js';
import { lingering } from './core/cookie.js';
import { detailOf, dispatch } from './core/events.js';
import { Gate } from './core/gate.js';
import { applyAll, integrationsFor } from './core/integrations/index.js';
import { onReach } from './core/intent.js';
import { nameMap, own } from './core/names.js';
import { report } from './core/report.js';
import type { ConsentRuntime } from './core/runtime.js';
import { unitOf } from './core/units.js';
import { listenForTriggers } from './core/triggers.js';

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
  const gate = new Gate({
    // A category whose configuration was invalid is closed and already reported; only undeclared names are unknown.
    allowed: (name) => own(runtime.current.allowed, name) ?? (config.invalidCategories.includes(name) ? false : undefined),
    withdrawn: (name) => withdrawnHere.has(name),
    placeholder: (embed, names) => placeholder(runtime, chunks, embed, names),
  });
  runtime.subscribe((state, { previous, changed, source }) => {
    for (const name of Object.keys(previous.allowed)) if (previous.allowed[name] === true && !own(state.allowed, name)) withdrawnHere.add(name);
    const revoked = toClear(config, previous.allowed, state.allowed);
    if (revoked.length > 0) runtime.write().then((write) => write.clearCategories(revoked, config)).catch(ignore);
    gate.update();
    applyAll(integrations, state, changed);
    dispatch('consent-change', detailOf(state, changed, source));
    if (revoked.length === 0 || source === 'other-tab' || !gate.ran(revoked.map((c) => c.name))) return;
    if (config.reloadOnRevoke === 'always') location.reload();
    else if (config.reloadOnRevoke === 'offer') runtime.show('reload');
  });
  consent.connect(runtime);
  if (runtime.current.offerChanged) report('offerChanged');
  listenForTriggers(consent, () => { runtime.loadUi().catch(() => undefined); });

  // A vendor may have set its cookies again (an ungated tag, an earlier visit): without permission they go.
  const refused = config.categories.filter((c) => !own(runtime.current.allowed, c.name));
  if (lingering(refused, config.cookieName)) runtime.write().then((write) => write.clearCategories(refused, config)).catch(ignore);
  gate.start();
  applyAll(integrations, runtime.current, []);
  if (config.settingsButton) addSettingsButton(runtime, chunks);
  dispatch('consent-ready', detailOf(runtime.current, [], 'page'));
  // The visitor may answer (a placeholder, the API) before the UI arrives: ask only if still needed.
  if (runtime.current.mustAsk) runtime.loadUi().then((ui) => { if (runtime.current.mustAsk) ui.show('banner'); }, ignore);
  whenPresent(COMPANIONS, () => { chunks.companions().then((module) => { module.defineCompanions(runtime); }, ignore); });
}

/**
 * What a change withdrew, as categories whose `cookies` are the ones to clear: a withdrawn
 * service takes only its own cookies, a category its cookies outside any service.
 */
function toClear(config: Config, before: Decisions, after: Decisions): Category[] {
  const lost = (name: string): boolean => own(before, name) === true && !own(after, name);
  return config.categories.flatMap((category) => [
    ...(lost(category.name) ? [{ ...category, cookies: category.cookies.filter((cookie) => cookie.service === undefined) }] : []),
    ...category.services.filter((service) => lost(service.name)).map((service) => ({ ...category, name: service.name, cookies: service.cookies })),
  ]);
}

/** Puts a placeholder before a blocked embed once its chunk and texts are there; returns what takes it away. */
function placeholder(runtime: ConsentRuntime, chunks: Chunks, embed: HTMLElement, names: string[]): () => void {
  const display = embed.style.display;
  let node: HTMLElement | undefined;
  let released = false;
  const units = names.map((name) => unitOf(runtime.config, name)).filter((unit) => unit !== undefined);
  const categories = [...new Set(units.map((unit) => unit.category))];
  const service = units.find((unit) => unit.service)?.service;
  if (units.length > 0) {
    Promise.all([chunks.inline(), runtime.strings()]).then(([inline, strings]) => {
      if (released || !embed.isConnected) return;
      node = inline.placeholderFor(embed, {
        categories,
        service,
        strings,
        lang: runtime.language,
        onAllow: () => {
          void runtime.choose(nameMap(names.map((name) => [name, true])), 'placeholder', 'placeholder', node?.textContent).then(() => {
            if (embed.matches('iframe,video,object,embed,[tabindex]')) embed.focus();
          });
        },
        onSettings: () => { runtime.show('preferences'); },
      });
      // The write path comes when the visitor reaches for the placeholder: Allow applies at once.
      onReach(node, () => runtime.write().catch(ignore));
      embed.before(node);
      embed.style.display = 'none';
    }, ignore);
  }
  return () => {
    released = true;
    if (!node) return;
    node.remove();
    embed.style.display = display;
  };
}

/** The floating button that reopens the preferences (`settings-button`); `configure()` pages get a host of their own. */
function addSettingsButton(runtime: ConsentRuntime, chunks: Chunks): void {
  const host = document.querySelector('cookie-consent') ?? document.body.appendChild(document.createElement('cookie-consent'));
  Promise.all([chunks.inline(), runtime.strings()]).then(([inline, strings]) => {
    if (!host.shadowRoot) return;
    inline.addSettingsButton(host.shadowRoot, strings.settingsButton, () => { runtime.show('preferences'); });
    // While the banner asks, the button waits; the UI shows it once the question is answered.
    const button = host.shadowRoot.querySelector<HTMLElement>('[part="settings-button"]');
    if (button && runtime.current.mustAsk) button.hidden = true;
  }, ignore);
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
