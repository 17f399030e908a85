import { pushGoogleDefault } from '../core/integrations/google-default.js';
import { ElementBase } from './base.js';

/**
 * @summary The consent banner and preferences dialog; its attributes and children are the site's configuration.
 *
 * A light host defined by the loader: its shadow root keeps the configuration children
 * (`<cookie-category>`, `<cookie-info>`, a JSON `<script>`) from ever showing as page text. The UI
 * chunk, loaded only when something must be shown, renders the banner and dialog into it.
 *
 * @attr {string} revision - Version of the configuration; raising it asks every visitor again. Default `1`.
 * @attr {string} lang - Language of the texts, one of the 24 official EU languages (`fr`, `fr-CA` → `fr`); without it `<html lang>`, then the browser's languages, then English.
 * @attr {string} policy-url - Link to the privacy policy.
 * @attr {string} imprint-url - Link to the imprint.
 * @attr {string} cookie-name - Name of the consent cookie. Default `cookie_basis`.
 * @attr {string} cookie-domain - Domain for a choice shared by subdomains (`example.com`).
 * @attr {string} cookie-path - Path of the consent cookie. Default `/`.
 * @attr {number} cookie-max-age - Days a choice counts before the banner asks again (refusals are kept six months longer). Default `182`.
 * @attr {'honor'|'ignore'} gpc - Whether Global Privacy Control objects to legitimate interests. Default `honor`.
 * @attr {string} jurisdiction - Whose ePrivacy law the site follows: `eu` or an EU/EEA country code (`de`, `fr`, …); it picks the provision cited and the exemptions that exist, and is recorded with every choice. Default `eu`.
 * @attr {string} src - A JSON configuration file (the options of `configure()`) shared by every page of a site; used when the element has no categories of its own. The element's attributes win over the file.
 * @attr {string} record-url - Where each consent record is POSTed as JSON (`cookie-basis/receiver` answers there; on the site's own origin its `Set-Cookie` keeps the choice in Safari). Receipts: `{record-url}/{id}`.
 * @attr {boolean} google-consent-mode - Drive Google Consent Mode v2 from the categories.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme. Default `auto`.
 * @attr {'bar'|'box'|'modal'} layout - First-layer layout. Default `bar`.
 * @attr {boolean} settings-button - Show a small floating button that reopens the preferences; it also appears by itself when nothing on the page reopens them.
 * @attr {'offer'|'always'|'never'} reload-on-revoke - After a withdrawal, offer a reload, reload, or do nothing. Default `offer`.
 *
 * @csspart banner - The first layer.
 * @csspart dialog - The preferences dialog.
 * @csspart title - Headings of the banner and dialog.
 * @csspart description - Explanatory text.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart button-accept-all - Accept all (same styling hook as reject all: same weight).
 * @csspart button-reject-all - Reject all.
 * @csspart button-preferences - Opens the preferences.
 * @csspart button-ok - The notice's OK (a page with nothing that needs consent), in place of accept all.
 * @csspart button-object - The notice's Object, in place of reject all.
 * @csspart button-close - The first layer's × (closing without consenting) and the dialog's ×.
 * @csspart gpc-notice - The notice that a Global Privacy Control signal was honoured.
 * @csspart button-save - Saves the choices in the preferences.
 * @csspart category - One category in the preferences.
 * @csspart basis - The legal basis of a category.
 * @csspart switch - A category's or a service's switch.
 * @csspart service - One service under its category in the preferences.
 * @csspart receipt - The visitor's receipt in the preferences: date, revision and id of the stored choice.
 * @csspart receipt-link - Downloads the stored record from the site's receiver (with `record-url`).
 * @csspart settings-button - The floating button.
 * @csspart reload-notice - After a withdrawal of something that ran: the offer to reload.
 * @csspart button-reload - Reloads the page.
 * @csspart button-dismiss - Dismisses the reload offer.
 * @csspart placeholder - A blocked embed's stand-in (in the placeholder's own shadow root, before the embed).
 * @csspart button-allow - The placeholder's button that allows the embed's service or categories.
 *
 * @cssprop [--cookie-surface=#ffffff] - Background (dark: #1f1f24).
 * @cssprop [--cookie-text=#1d1d1f] - Text colour (dark: #f2f2f4).
 * @cssprop [--cookie-accent=#1a56c4] - Buttons and switches (dark: #8ab4ff).
 * @cssprop [--cookie-on-accent=#ffffff] - Text on the accent colour (dark: #0b1a33).
 * @cssprop [--cookie-border=#8a8a94] - Borders.
 * @cssprop [--cookie-radius=8px] - Corner radius.
 * @cssprop [--cookie-space=1rem] - Base spacing.
 * @cssprop [--cookie-font=inherit] - Font shorthand.
 * @cssprop [--cookie-focus-ring=#1a56c4] - Focus outline colour.
 * @cssprop [--cookie-z-index=2147483000] - Stacking order of the banner.
 * @cssprop [--cookie-banner-max-width=60rem] - Width of the bar and box layouts.
 * @cssprop [--cookie-dialog-width=44rem] - Width of the preferences dialog.
 * @cssprop [--cookie-surface-muted=#f2f2f4] - Background of the switches when off and of the placeholders (dark: #2a2a30).
 *
 * @fires {ConsentReadyEvent} consent-ready - On `document`: the consent state is known (every page load).
 * @fires {ConsentChangeEvent} consent-change - On `document`: a choice was made or changed.
 */
export class CookieConsentElement extends ElementBase {
  constructor() {
    super();
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
  }

  /** While the parser is at the start tag: the Consent Mode default goes before any Google tag that follows. */
  connectedCallback(): void {
    if (this.hasAttribute('google-consent-mode') && this.getAttribute('google-consent-mode') !== 'false') pushGoogleDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
