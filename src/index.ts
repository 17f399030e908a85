/**
 * npm entry. Importing it defines nothing and touches no DOM (safe during server-side
 * rendering); call `start()` (configuration from the page's `<cookie-consent>`) or
 * `configure(options)` in the browser.
 */
import { ConsentFacade, type ConsentApi } from './core/api.js';
import type { ConsentOptions } from './core/options.js';
import type { UiModule } from './core/runtime.js';
import { start as startOnce } from './start.js';

const facade = new ConsentFacade();

/** The consent API; listeners may be registered before `start()`. */
export const consent: ConsentApi = facade;

const loadUi = (): Promise<UiModule> => import('./ui/index.js');

/** Starts cookie-basis with the configuration of the page's `<cookie-consent>` element. */
export function start(): ConsentApi {
  return startOnce(facade, { loadUi });
}

/** Starts cookie-basis with a configuration object instead of markup. */
export function configure(options: ConsentOptions): ConsentApi {
  return startOnce(facade, { loadUi }, options);
}

export type { ConsentApi } from './core/api.js';
export type { ConsentChangeEvent, ConsentDetail, ConsentEventMap, ConsentReadyEvent, ConsentSource } from './core/events.js';
export type { CategoryOptions, ConsentOptions, CookieInfoOptions } from './core/options.js';
export type { Category, ConsentRecord, CookieInfo, LegalBasis } from './core/model.js';
export type { CookieConsentElement } from './elements/cookie-consent.js';
export type { CookieCategoryElement, CookieInfoElement } from './elements/cookie-category.js';
