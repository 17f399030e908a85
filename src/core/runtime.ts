import { pickLanguage, localize, type Language } from '../i18n/language.js';
import { placeholderStrings } from '../i18n/placeholder.js';
import { clearCategories } from './clear.js';
import { dispatch, type ConsentDetail, type ConsentSource } from './events.js';
import { Gate } from './gate.js';
import type { Category, ChoiceMethod, Config, ConsentRecord, ConsentState, Decisions } from './model.js';
import { placeholderFor } from './placeholder.js';
import { addSettingsButton } from './settings-button.js';
import { resolveState } from './policy.js';
import { hashText, randomId } from './record.js';
import { postRecord } from './record-post.js';
import { ConsentStore } from './store.js';
import { VERSION } from './version.js';
import { callAll } from './listeners.js';
import { nameMap, own } from './names.js';
import { reportFailure } from './integrations/report.js';
import { warn } from './warn.js';

/** What the UI chunk can be asked to show. */
export type UiView = 'banner' | 'preferences' | 'reload';

/** What the mounted UI can do: show a view, and define the policy companions (loading their chunk). */
export interface UiHandle {
  show(view: UiView): void;
  companions(): Promise<void>;
}

/** The UI chunk's entry: mounts the banner/dialog for a runtime. */
export interface UiModule {
  mountConsentUi(runtime: ConsentRuntime): UiHandle;
}

/** Reacts to every state (Google Consent Mode, Matomo). */
export interface Integration {
  /** Named in the console when `apply` fails. */
  readonly name: string;
  apply(state: ConsentState, changed: readonly string[]): void;
}

export interface RuntimeOptions {
  readonly loadUi: () => Promise<UiModule>;
  /** `navigator.globalPrivacyControl` at start. */
  readonly gpc: boolean;
  readonly integrations?: readonly Integration[];
}

/**
 * One page's consent state and its effects: reads the stored choice, opens gates, writes
 * choices, clears what lost permission, tells integrations, events and the UI.
 */
export class ConsentRuntime {
  readonly config: Config;
  readonly language: Language;
  readonly gpc: boolean;
  private state: ConsentState;
  private readonly store: ConsentStore;
  private readonly gate: Gate;
  private readonly options: RuntimeOptions;
  private readonly subscribers = new Set<(state: ConsentState, changed: readonly string[]) => void>();
  private ui: Promise<UiHandle> | undefined;

  constructor(config: Config, options: RuntimeOptions) {
    this.config = config;
    this.options = options;
    this.gpc = options.gpc;
    this.language = pickLanguage([config.lang, document.documentElement.lang, ...navigator.languages]);
    this.store = new ConsentStore(config);
    this.state = resolveState(config, this.store.read(Date.now()), Date.now(), options.gpc);
    this.gate = new Gate({
      // A category whose configuration was invalid is closed and already reported; only undeclared names are unknown.
      allowed: (name) => (Object.hasOwn(this.state.allowed, name) ? this.state.allowed[name] : config.invalidCategories.includes(name) ? false : undefined),
      placeholder: (embed, names) => this.placeholder(embed, names),
    });
  }

  /** Opens the gates, tells the page that the state is known, and shows the banner when it must ask. */
  start(): void {
    // A vendor may have set its cookies again (an ungated tag, an earlier visit): without permission they go.
    clearCategories(this.config.categories.filter((c) => !this.state.allowed[c.name]), this.config);
    this.gate.start();
    this.applyIntegrations([]);
    this.store.watch((record) => { this.reread(record); });
    if (this.config.settingsButton) {
      // configure() needs no element in the markup: the button gets a host of its own.
      const host = document.querySelector('cookie-consent') ?? document.body.appendChild(document.createElement('cookie-consent'));
      if (host.shadowRoot) addSettingsButton(host.shadowRoot, placeholderStrings[this.language].settings, () => { this.show('preferences'); });
    }
    dispatch('consent-ready', this.detail([], 'page'));
    if (this.state.mustAsk) {
      // The visitor may choose (placeholder, API) before the UI arrives: ask only if still needed.
      this.loadUi().then((ui) => { if (this.state.mustAsk) ui.show('banner'); }, () => undefined);
    }
    this.loadUiForCompanions();
  }

  /** `<cookie-declaration>` and `<cookie-objection>` live in the UI chunk: load it when one is (or later comes) on the page. */
  private loadUiForCompanions(): void {
    const selector = 'cookie-declaration,cookie-objection';
    const present = (root: ParentNode): boolean => root.querySelector(selector) !== null;
    const load = (): void => {
      this.loadUi().then((ui) => ui.companions()).catch((error: unknown) => {
        warn('ui-failed', `the policy elements could not be loaded (${String(error)}).`, 'error');
      });
    };
    if (present(document)) {
      load();
      return;
    }
    const observer = new MutationObserver((records) => {
      const added = records.some((record) => Array.from(record.addedNodes).some((node) =>
        node instanceof Element && (node.matches(selector) || present(node))));
      if (!added) return;
      observer.disconnect();
      load();
    });
    observer.observe(document, { childList: true, subtree: true });
  }

  /** The current state. */
  get current(): ConsentState {
    return this.state;
  }

  /** Category label in the page's language. */
  label(category: Category): string {
    return localize(category.label, this.language, category.name.charAt(0).toUpperCase() + category.name.slice(1));
  }

  /** Calls `listener` after every change of the state; returns the disposer. */
  subscribe(listener: (state: ConsentState, changed: readonly string[]) => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  /** Records a choice: unmentioned optional categories keep their current state. */
  choose(decisions: Decisions, method: ChoiceMethod, source: ConsentSource): void {
    const choices = nameMap<boolean>();
    for (const category of this.config.categories) {
      if (category.basis === 'contract') continue;
      const decided = own(decisions, category.name);
      choices[category.name] = typeof decided === 'boolean' ? decided : own(this.state.allowed, category.name) ?? false;
    }
    const now = Date.now();
    const record: ConsentRecord = {
      id: randomId((bytes) => crypto.getRandomValues(bytes)),
      time: new Date(now).toISOString(),
      revision: this.config.revision,
      choices,
      gpc: this.state.gpcHonoured,
      language: this.language,
      method,
      configHash: hashText(JSON.stringify(this.config)),
      version: VERSION,
    };
    this.store.write(record);
    this.apply(resolveState(this.config, record, now, this.gpc), source);
    if (this.config.recordUrl !== undefined) postRecord(this.config.recordUrl, record);
  }

  /** Forgets the choice: deletes the consent cookie, returns to the defaults and asks again. */
  reset(): void {
    this.store.remove();
    clearCategories(this.config.categories.filter((c) => c.basis !== 'contract'), this.config);
    this.apply(resolveState(this.config, null, Date.now(), this.gpc), 'api');
    this.show('banner');
  }

  /** Loads and mounts the UI chunk once (also to preload it when a settings link is hovered). */
  loadUi(): Promise<UiHandle> {
    this.ui ??= this.options.loadUi().then((module) => module.mountConsentUi(this));
    this.ui.catch((error: unknown) => {
      warn('ui-failed', `the banner could not be loaded (${String(error)}); the gates stay as they are.`, 'error');
      this.ui = undefined;
    });
    return this.ui;
  }

  /** Shows a view of the UI, loading it when needed. */
  show(view: UiView): void {
    this.loadUi().then((ui) => { ui.show(view); }, () => undefined);
  }

  /** The detail of an event for the current state. */
  detail(changed: readonly string[], source: ConsentDetail['source']): ConsentDetail {
    const names = Object.keys(this.state.allowed);
    return {
      granted: names.filter((n) => this.state.allowed[n]),
      denied: names.filter((n) => !this.state.allowed[n]),
      changed,
      source,
      record: this.state.record,
    };
  }

  /** Another tab told the record it wrote (or `null`: it forgot the choice); `undefined`: read the cookie again. */
  private reread(record: ConsentRecord | null | undefined): void {
    const now = Date.now();
    const next = resolveState(this.config, record === undefined ? this.store.read(now) : record, now, this.gpc);
    if (next.record?.id === this.state.record?.id) return;
    this.apply(next, 'other-tab');
    if (next.mustAsk) this.show('banner');
  }

  /** Tells every integration the state; one that throws (a broken page `gtag`) is reported and the others still run. */
  private applyIntegrations(changed: readonly string[]): void {
    for (const integration of this.options.integrations ?? []) {
      try {
        integration.apply(this.state, changed);
      } catch (error) {
        reportFailure(integration.name, error);
      }
    }
  }

  private apply(next: ConsentState, source: ConsentSource): void {
    const previous = this.state.allowed;
    this.state = next;
    const changed = Object.keys(next.allowed).filter((name) => next.allowed[name] !== previous[name]);
    const revoked = this.config.categories.filter((c) => previous[c.name] && !next.allowed[c.name]);
    clearCategories(revoked, this.config);
    this.gate.update();
    this.applyIntegrations(changed);
    dispatch('consent-change', this.detail(changed, source));
    callAll(this.subscribers, next, changed);
    if (revoked.length > 0 && source !== 'other-tab' && this.gate.ran(revoked.map((c) => c.name))) {
      if (this.config.reloadOnRevoke === 'always') location.reload();
      else if (this.config.reloadOnRevoke === 'offer') this.show('reload');
    }
  }

  private placeholder(embed: HTMLElement, names: string[]): HTMLElement | undefined {
    const categories = this.config.categories.filter((c) => names.includes(c.name));
    if (categories.length === 0) return undefined;
    return placeholderFor(embed, {
      categories: categories.map((c) => this.label(c)),
      strings: placeholderStrings[this.language],
      lang: this.language,
      onAllow: () => {
        this.choose(Object.fromEntries(names.map((n) => [n, true])), 'save', 'placeholder');
        if (embed.matches('iframe,video,object,embed,[tabindex]')) embed.focus();
      },
      onSettings: () => { this.show('preferences'); },
    });
  }
}
