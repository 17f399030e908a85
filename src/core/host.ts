import type { Language } from '../i18n/languages.js';
import type { Strings } from '../i18n/strings.js';
import type { MessagesModule, WritePath } from './chunks.js';
import type { ChoiceMethod, Config, ConsentState, Decisions, RecordSource } from './model.js';

/** What the UI chunk can be asked to show. */
/** What the UI is asked to do: show a view, or save the preferences as they stand (`data-consent="save"`). */
export type UiView = 'banner' | 'preferences' | 'reload' | 'save';

/** What the mounted UI can do. */
export interface UiHandle {
  show(view: UiView): void;
}

/**
 * The narrow interface through which the UI and the policy companions see the consent state and
 * ask for changes. They never read the cookie or open gates themselves.
 */
export interface ConsentHost {
  readonly config: Config;
  /** The language of the texts on this page. */
  readonly language: Language;
  /** The current state. */
  readonly current: ConsentState;
  /** Calls `listener` after every change of the state; returns the disposer. */
  subscribe(listener: (state: ConsentState) => void): () => void;
  /**
   * Records a choice (unmentioned optional categories keep their state); `shown` is the text the
   * visitor saw (its SHA-256 goes into the record). Resolves once it is stored and applied.
   */
  choose(decisions: Decisions, method: ChoiceMethod, source: RecordSource, shown?: string): Promise<void>;
  /** Shows a view of the UI, loading it when needed. */
  show(view: UiView): void;
  /** The page language's strings, with the site's overrides. */
  strings(): Promise<Strings>;
  /** The write path: loaded by what lets the visitor choose, so that a click applies at once. */
  write(): Promise<WritePath>;
  /** The console's texts (the legal lint). */
  messages(): Promise<MessagesModule>;
}
