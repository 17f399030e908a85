import { ElementBase } from './base.js';

/**
 * @summary A purpose of processing with its GDPR basis; configuration inside `<cookie-consent>`, never rendered.
 *
 * @attr {string} name - Identifier used by `data-category` and the API (letters, digits, `-`, `_`).
 * @attr {'contract'|'legitimate-interest'|'consent'} basis - Art. 6(1)(b), (f) or (a) GDPR.
 * @attr {string} exempt - National exemption from the device-access consent (`cnil-audience`, `strictly-necessary`).
 * @attr {string} label - Name shown to visitors; `label-de`, `label-en`, … per language.
 * @attr {string} description - What it is for; `description-de`, … per language.
 * @attr {'matomo'} integration - Drive Matomo's consent API from this category.
 * @attr {string} google-consent-mode - Google Consent Mode signals granted while allowed (space-separated).
 */
export class CookieCategoryElement extends ElementBase {}

/**
 * @summary A cookie or storage entry a category declares; configuration inside `<cookie-category>`.
 *
 * @attr {string} name - Name, or a pattern with `*` (`_pk_id.*`).
 * @attr {string} provider - Who sets it.
 * @attr {string} purpose - What it is for.
 * @attr {string} duration - How long it is kept.
 * @attr {'first'|'third'} party - First or third party.
 * @attr {'cookie'|'local-storage'|'session-storage'} storage - Where it lives. Default `cookie`.
 */
export class CookieInfoElement extends ElementBase {}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-category': CookieCategoryElement;
    'cookie-info': CookieInfoElement;
  }
}
