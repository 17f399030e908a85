import { ElementBase } from './base.js';

/**
 * @summary A purpose of processing with its GDPR basis; configuration inside `<cookie-consent>`, never rendered.
 *
 * @attr {string} name - Identifier used by `data-category` and the API (letters, digits, `-`, `_`).
 * @attr {'contract'|'legitimate-interest'|'consent'} basis - Art. 6(1)(b), (f) or (a) GDPR.
 * @attr {'strictly-necessary'|'cnil-audience'} exempt - A recognised exemption from the device-access consent: `strictly-necessary` everywhere, `cnil-audience` with `jurisdiction="fr"` while its conditions hold (first-party cookies of at most 13 months, no advertising signal). Anything else is reported and the category waits for consent.
 * @attr {'none'} device-access - `none`: the category stores and reads nothing on the device (and declares no `<cookie-info>`); only then does a legitimate-interest category run before a choice without an exemption.
 * @attr {'b'|'c'|'f'} processing - For a `contract` category: the basis of the processing, Art. 6(1)(b) (default), (c) or (f) GDPR; the device access itself is exempt as strictly necessary.
 * @attr {string} label - Name shown to visitors; `label-de`, `label-en`, … per language.
 * @attr {string} description - What it is for; `description-de`, … per language.
 * @attr {'matomo'} integration - Drive Matomo's consent API from this category.
 * @attr {string} google-consent-mode - Google Consent Mode signals granted while allowed (space-separated).
 */
export class CookieCategoryElement extends ElementBase {}

/**
 * @summary A vendor or tool inside a category, with a switch of its own (consent is specific); configuration inside `<cookie-category>`.
 *
 * @attr {string} name - Identifier used by `data-service` and the API; categories and services share one namespace.
 * @attr {string} label - Name shown to visitors; `label-de`, … per language.
 * @attr {string} provider - Who receives the data (named in the placeholder, the first layer and the declaration).
 * @attr {string} purpose - What it is for; `purpose-de`, … per language.
 * @attr {string} country - Where its data goes (ISO country code, `US`).
 * @attr {string} transfer - The safeguard of a transfer out of the EU (`EU-US Data Privacy Framework`); `transfer-de`, … per language.
 * @attr {string} policy-url - The vendor's privacy policy.
 * @attr {string} retention - How long the vendor keeps the data; `retention-de`, … per language.
 */
export class CookieServiceElement extends ElementBase {}

/**
 * @summary A cookie or storage entry a category or service declares; configuration inside `<cookie-category>` or `<cookie-service>`.
 *
 * @attr {string} name - Name, or a pattern with `*` (`_pk_id.*`).
 * @attr {string} provider - Who sets it (default: its service's provider).
 * @attr {string} purpose - What it is for; `purpose-de`, … per language.
 * @attr {string} duration - How long it is kept; `duration-de`, … per language.
 * @attr {'first'|'third'} party - First or third party.
 * @attr {'cookie'|'local-storage'|'session-storage'} storage - Where it lives. Default `cookie`.
 */
export class CookieInfoElement extends ElementBase {}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-category': CookieCategoryElement;
    'cookie-info': CookieInfoElement;
    'cookie-service': CookieServiceElement;
  }
}
