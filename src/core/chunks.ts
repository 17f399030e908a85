import type { Language } from '../i18n/languages.js';
import type { Strings } from '../i18n/strings.js';
import type { NationalLaw } from '../jurisdictions/law.js';
import type { ConsentSource } from './events.js';
import type { ConsentHost, UiHandle, UiView } from './host.js';
import type { ChoiceMethod, Config, ConsentRecord, ConsentState, Decisions, Jurisdiction, RecordSource } from './model.js';

/** A jurisdiction with a law of its own (the EU as a whole is cited from the language's texts). */
export type NationalJurisdiction = Exclude<Jurisdiction, 'eu'>;
import { report, type Report } from './report.js';
import type { ConsentStore } from './store.js';

/** The console's texts (`cookie-basis-messages.js`): the fast path's messages by key, and the legal lint. */
export interface MessagesModule {
  print(report: Report): void;
  /** Prints the legal lint of the configuration and its page, once per page. */
  printLint(config: Config): void;
  /** Prints what makes Accept and Reject unequal on screen. */
  printUnequalButtons(differences: readonly string[]): void;
}

/** What the write path needs of the page's runtime to record a choice. */
export interface Recorder {
  readonly config: Config;
  readonly current: ConsentState;
  readonly language: Language;
  readonly store: ConsentStore;
  /** Moves the state to what a record gives (`null`: no choice), as a change from `source`. */
  adopt(record: ConsentRecord | null, source: ConsentSource): void;
  show(view: UiView): void;
}

/** The write path (`cookie-basis-write.js`): storing a choice, clearing, the record's POST. */
export interface WritePath {
  /** Records a choice: stores the cookie, moves the state, sends the record. */
  choose(runtime: Recorder, decisions: Decisions, method: ChoiceMethod, source: RecordSource, shown?: string): void;
  /** Accepts or rejects everything. */
  answer(runtime: Recorder, accept: boolean, source: RecordSource, shown?: string): void;
  /** `consent.set()`: validates its argument, then records the known names. */
  set(runtime: Recorder, choices: unknown): void;
  /** Forgets the choice and clears every optional cookie declared; the banner asks again. */
  reset(runtime: Recorder): void;
  /** Deletes the cookies and storage entries these names declare; returns what it deleted. */
  clear(runtime: Pick<Recorder, 'config'>, names: readonly string[]): string[];
}

/** The first layer (`cookie-basis-ui.js`): mounts the banner, the preferences and the reload notice for a host. */
export interface UiModule {
  mountConsentUi(host: ConsentHost, strings: Strings): UiHandle;
}

/** In-page controls (`cookie-basis-inline.js`): embed placeholders and the floating settings button. */
export interface InlineModule {
  /** Puts a placeholder before a blocked embed (once its texts are there); returns what takes it away again. */
  blockEmbed(host: ConsentHost, embed: HTMLElement, names: readonly string[]): () => void;
  /** Adds the floating button that reopens the preferences. */
  addSettingsButton(host: ConsentHost): void;
}

/** The policy companions (`cookie-basis-companions.js`). */
export interface CompanionsModule {
  defineCompanions(host: ConsentHost): void;
}

/**
 * Everything the loader fetches lazily, in one place. The script-tag loader imports files beside
 * itself; the npm entry imports modules, which the app's bundler splits.
 */
export interface ChunkImports {
  write(): Promise<WritePath>;
  messages(): Promise<MessagesModule>;
  ui(): Promise<UiModule>;
  inline(): Promise<InlineModule>;
  companions(): Promise<CompanionsModule>;
  strings(lang: Language): Promise<Strings>;
  /** A national jurisdiction's device-access law, as the texts cite it. */
  law(jurisdiction: NationalJurisdiction): Promise<NationalLaw>;
  /**
   * Starts fetching what a first visit needs (the first layer, the write path, the language)
   * without running it; where there is no such hint (a bundler's chunks), nothing.
   */
  preloadFirstVisit?(lang: Language): void;
}

/** The same imports, each made once (again after a failure), a failure reported in the console. */
export type Chunks = ChunkImports;

/** Memoizes each import; a failed one is reported and may be tried again later. */
export function chunks(imports: ChunkImports): Chunks {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let promise = cache.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = load();
      cache.set(key, promise);
      promise.catch((error: unknown) => {
        cache.delete(key);
        report('chunkFailed', key, String(error));
      });
    }
    return promise;
  };
  return {
    write: () => once('the write path', imports.write),
    messages: () => once('the console messages', imports.messages),
    ui: () => once('the banner', imports.ui),
    inline: () => once('the embed placeholders', imports.inline),
    companions: () => once('the policy elements', imports.companions),
    strings: (lang) => once(`the texts in "${lang}"`, () => imports.strings(lang)),
    law: (jurisdiction) => once(`the law of jurisdiction "${jurisdiction}"`, () => imports.law(jurisdiction)),
  };
}
