import { CookieCategoryElement, CookieInfoElement, CookieServiceElement } from './cookie-category.js';
import { CookieConsentElement } from './cookie-consent.js';

/** Defines the configuration elements, each only if no other build defined it first. */
export function defineElements(): void {
  if (!customElements.get('cookie-consent')) customElements.define('cookie-consent', CookieConsentElement);
  if (!customElements.get('cookie-category')) customElements.define('cookie-category', CookieCategoryElement);
  if (!customElements.get('cookie-info')) customElements.define('cookie-info', CookieInfoElement);
  if (!customElements.get('cookie-service')) customElements.define('cookie-service', CookieServiceElement);
}
