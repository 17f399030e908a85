/**
 * npm entry. Importing it defines nothing and touches no DOM (safe during server-side
 * rendering); call `start()` (configuration from the page's `<cookie-consent>`) or
 * `configure(options)` in the browser.
 */
import { ConsentFacade, type ConsentApi } from './core/api.js';
import type { ChunkImports } from './core/chunks.js';
import type { ConsentOptions } from './core/options.js';
import { LANGUAGE_MODULES } from './i18n/modules.js';
import { LAW_MODULES } from './jurisdictions/modules.js';
import { start as startOnce } from './start.js';

const facade = new ConsentFacade();

/** The consent API; listeners may be registered before `start()`. */
export const consent: ConsentApi = facade;

/** The lazy parts, as modules the app's bundler splits into chunks of their own. */
const imports: ChunkImports = {
  write: () => import('./write/index.js').then((module) => module.writePath),
  messages: () => import('./write/messages.js'),
  ui: () => import('./ui/index.js'),
  inline: () => import('./ui/inline.js'),
  companions: () => import('./ui/companions.js'),
  strings: (lang) => LANGUAGE_MODULES[lang]().then((module) => module.strings),
  law: (jurisdiction) => LAW_MODULES[jurisdiction]().then((module) => module.law),
};

/** Starts cookie-basis with the configuration of the page's `<cookie-consent>` element. */
export function start(): ConsentApi {
  return startOnce(facade, imports);
}

/** Starts cookie-basis with a configuration object instead of markup. */
export function configure(options: ConsentOptions): ConsentApi {
  return startOnce(facade, imports, options);
}

export type { ConsentApi } from './core/api.js';
export type { ConsentChangeEvent, ConsentDetail, ConsentEventMap, ConsentReadyEvent, ConsentSource } from './core/events.js';
export type { CategoryOptions, ConsentOptions, CookieInfoOptions } from './core/options.js';
export type { Category, ConsentRecord, CookieInfo, LegalBasis } from './core/model.js';
export type { CookieConsentElement } from './elements/cookie-consent.js';
export type { CookieCategoryElement, CookieInfoElement } from './elements/cookie-category.js';
