import type { Language } from '../i18n/languages.js';
import type { Strings } from '../i18n/strings.js';
import type { ConsentHost, UiHandle } from './host.js';
import type { Category, Config, ConsentRecord, Service } from './model.js';
import type { createRecord } from './new-record.js';
import { report, type Report } from './report.js';
import type { ConsentStore } from './store.js';

/** The console's texts (`cookie-basis-messages.js`): the fast path's messages by key, and the legal lint. */
export interface MessagesModule {
  print(report: Report): void;
  /** Prints the legal lint of the configuration, once per page. */
  printLint(config: Config, hasReopenTrigger: boolean): void;
}

/** The write path (`cookie-basis-write.js`): storing a choice, clearing, the record's POST. */
export interface WritePath {  /** A new record of a choice. */
  createRecord: typeof createRecord;
  /** Writes the consent cookie for a record; `false` when the browser refused it. */
  storeChoice(store: ConsentStore, config: Config, record: ConsentRecord): boolean;
  /** Deletes the consent cookie. */
  forgetChoice(store: ConsentStore, config: Config): void;
  /** Deletes the cookies and storage entries the categories declared. */
  clearCategories(categories: readonly Category[], config: Config): string[];
  /** Sends the record to `record-url` (with the cookie, when it was stored and the receiver is on this origin); never blocks, reports failures. */
  postRecord(config: Config, record: ConsentRecord, cookieStored: boolean): void;
}

/** The first layer (`cookie-basis-ui.js`): mounts the banner, the preferences and the reload notice for a host. */
export interface UiModule {
  mountConsentUi(host: ConsentHost, strings: Strings): UiHandle;
}

/** What a placeholder says and does. */
export interface PlaceholderContent {
  /** The categories that loading the embed needs. */
  readonly categories: readonly Category[];
  /** The service the embed names (`data-service`): the placeholder allows it alone. */
  readonly service?: Service;
  readonly strings: Strings;
  readonly lang: string;
  onAllow(): void;
  onSettings(): void;
}

/** In-page controls (`cookie-basis-inline.js`): embed placeholders and the floating settings button. */
export interface InlineModule {
  placeholderFor(embed: HTMLElement, content: PlaceholderContent): HTMLElement;
  addSettingsButton(root: ShadowRoot, label: string, open: () => void): void;
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
  };
}
