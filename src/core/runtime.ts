import { pickLanguage, type Language } from '../i18n/languages.js';
import { withOverrides } from '../i18n/index.js';
import type { Strings } from '../i18n/strings.js';
import { lawCitations } from '../jurisdictions/law.js';
import type { Chunks, MessagesModule, Recorder, WritePath } from './chunks.js';
import type { ConsentSource } from './events.js';
import type { ConsentHost, UiHandle, UiView } from './host.js';
import { callAll } from './listeners.js';
import type { ChoiceMethod, Config, ConsentRecord, ConsentState, Decisions, RecordSource } from './model.js';
import { own } from './names.js';
import { resolveState } from './policy.js';
import { report } from './report.js';
import { ConsentStore } from './store.js';

/** A write path that could not be loaded is reported by the chunks; the state stays as it is. */
const ignore = (): void => undefined;

/** One transition of the state, as effects see it. */
export interface Transition {
  readonly previous: ConsentState;
  /** Names whose permission changed. */
  readonly changed: readonly string[];
  readonly source: ConsentSource;
}

/** Something that follows the state: the gate, the integrations, the events, clearing, the UI. */
export type Effect = (state: ConsentState, transition: Transition) => void;

export interface RuntimeOptions {
  readonly chunks: Chunks;
  /** `navigator.globalPrivacyControl` at start. */
  readonly gpc: boolean;
}

/**
 * One page's consent state, as a small state machine: it starts from the stored choice and moves
 * on a choice, a reset, or another tab's change. Everything that follows from a state (gates,
 * integrations, events, clearing, the UI) is an effect subscribed to it, not a job of this class.
 */
export class ConsentRuntime implements ConsentHost, Recorder {
  readonly config: Config;
  readonly language: Language;
  readonly gpc: boolean;
  private state: ConsentState;
  /** The consent cookie as the fast path reads it; the write path writes through it. */
  readonly store: ConsentStore;
  private readonly chunks: Chunks;
  private readonly effects = new Set<Effect>();
  private ui: Promise<UiHandle> | undefined;
  private texts: Promise<Strings> | undefined;
  /** The write path once loaded: changes then apply synchronously. */
  private writer: WritePath | undefined;

  constructor(config: Config, options: RuntimeOptions) {
    this.config = config;
    this.chunks = options.chunks;
    this.gpc = options.gpc;
    this.language = pickLanguage([config.lang, document.documentElement.lang, ...navigator.languages]);
    this.store = new ConsentStore(config);
    const now = Date.now();
    this.state = resolveState(config, this.store.read(now), now, options.gpc);
    this.store.watch((record) => { this.reread(record); });
  }

  /** The current state. */
  get current(): ConsentState {
    return this.state;
  }

  /** Calls `effect` after every transition; returns the disposer. */
  subscribe(effect: Effect): () => void {
    this.effects.add(effect);
    return () => this.effects.delete(effect);
  }

  /**
   * Records a choice (unmentioned optional categories keep their state). Storing is the write
   * path's job: the choice applies at once when it is loaded, else as soon as it is. The promise
   * resolves when the cookie is written and the state has moved (or, if the write path cannot be
   * loaded, once that is reported: nothing changes then).
   */
  choose(decisions: Decisions, method: ChoiceMethod, source: RecordSource, shown?: string): Promise<void> {
    return this.withWritePath((write) => { write.choose(this, decisions, method, source, shown); });
  }

  /** Accepts or rejects everything, recorded with where it happened. */
  answer(accept: boolean, source: RecordSource, shown?: string): Promise<void> {
    return this.withWritePath((write) => { write.answer(this, accept, source, shown); });
  }

  /** `consent.set()`: the write path validates the names and records them. */
  set(choices: unknown): Promise<void> {
    return this.withWritePath((write) => { write.set(this, choices); });
  }

  /** Forgets the choice: deletes the consent cookie and the optional categories' cookies, returns to the defaults and asks again. */
  reset(): Promise<void> {
    return this.withWritePath((write) => { write.reset(this); });
  }

  /** @internal The write path stored a record (or forgot the choice): the state follows it. */
  adopt(record: ConsentRecord | null, source: ConsentSource): void {
    this.transition(resolveState(this.config, record, Date.now(), this.gpc), source);
  }

  /**
   * @internal Continues from the state the fast path applied: the effects hear the difference
   * when there is one (another tab chose while this page ran on the fast path), else nothing.
   */
  resume(previous: ConsentState): void {
    const next = this.state;
    const changed = Object.keys(next.allowed).filter((name) => next.allowed[name] !== own(previous.allowed, name));
    if (changed.length === 0 && next.record?.id === previous.record?.id) return;
    this.state = previous;
    this.transition(next, 'other-tab');
  }

  /** Shows a view of the UI, loading it (and the page language's texts, in parallel) when needed. */
  show(view: UiView): void {
    this.loadUi().then((ui) => { ui.show(view); }, () => undefined);
  }

  /**
   * Loads and mounts the UI once, with the page language's texts, in parallel; also to fetch
   * them early (a hovered settings link). The write path follows when the visitor reaches for it.
   */
  loadUi(): Promise<UiHandle> {
    this.ui ??= Promise.all([this.chunks.ui(), this.strings()]).then(([module, strings]) => module.mountConsentUi(this, strings));
    this.ui.catch(() => { this.ui = undefined; });
    return this.ui;
  }

  /**
   * The page language's strings with the jurisdiction's citations (a national law's own, loaded in
   * parallel) and the site's overrides, loaded once.
   */
  strings(): Promise<Strings> {
    const { jurisdiction } = this.config;
    const law = jurisdiction === 'eu' ? undefined : this.chunks.law(jurisdiction);
    this.texts ??= Promise.all([this.chunks.strings(this.language), law]).then(([base, national]) => {
      if (national && 'directive' in national) report('lawCitesDirective', jurisdiction, national.directive);
      const cited = national ? lawCitations(national, this.language) : undefined;
      return withOverrides({ ...base, ...cited }, this.config.texts[this.language]);
    });
    this.texts.catch(() => { this.texts = undefined; });
    return this.texts;
  }

  messages(): Promise<MessagesModule> {
    return this.chunks.messages();
  }

  write(): Promise<WritePath> {
    const loading = this.chunks.write();
    loading.then((write) => { this.writer = write; }, ignore);
    return loading;
  }

  /**
   * Runs a change with the write path: at once when it is loaded (the UI, the placeholders and
   * the policy elements load it as they appear, before anyone can click), else once it arrives.
   */
  private withWritePath(change: (write: WritePath) => void): Promise<void> {
    if (!this.writer) return this.write().then(change, ignore);
    change(this.writer);
    return Promise.resolve();
  }

  /** Another tab told the record it wrote (or `null`: it forgot the choice); `undefined`: read the cookie again. */
  private reread(record: ConsentRecord | null | undefined): void {
    const now = Date.now();
    const next = resolveState(this.config, record === undefined ? this.store.read(now) : record, now, this.gpc);
    if (next.record?.id === this.state.record?.id) return;
    this.transition(next, 'other-tab');
    if (next.mustAsk) this.show('banner');
  }

  private transition(next: ConsentState, source: ConsentSource): void {
    const previous = this.state;
    this.state = next;
    const changed = Object.keys(next.allowed).filter((name) => next.allowed[name] !== own(previous.allowed, name));
    callAll(this.effects, next, { previous, changed, source });
  }
}
