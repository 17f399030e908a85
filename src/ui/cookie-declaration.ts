import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localize } from '../i18n/languages.js';
import { needsConsent } from '../core/policy.js';
import { ConsentController } from './internal/host-context.js';
import { basisText, cookieTable } from './internal/category-row.js';
import { categoryLabel, countryName, serviceLabel } from './internal/texts.js';
import { consentCookieDays } from '../core/cookie.js';
import { ticketKey } from '../core/ticket.js';
import type { Category, Config } from '../core/model.js';
import type { Strings } from '../i18n/strings.js';
import { styles } from './cookie-declaration.styles.js';

/** Per service: who receives the data, where it goes and under which safeguard, what for, how long, and the vendor's policy (Art. 13 GDPR). */
function servicesTable(category: Category, strings: Strings, lang: string, caption: string): unknown {
  const columns = [strings.provider, strings.country, strings.purpose, strings.retention, strings.privacyPolicy];
  return html`<div class="table-wrap"><table part="services">
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${strings.service}</th>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
    <tbody>${category.services.map((service) => {
      const country = countryName(service.country, lang);
      const transfer = localize(service.transfer, lang, '');
      const cells = [service.provider ?? '', country && transfer ? `${country} (${transfer})` : country, localize(service.purpose, lang, ''), localize(service.retention, lang, '')];
      return html`<tr><th scope="row">${serviceLabel(service, lang)}</th>${cells.map((cell, i) => html`<td data-label=${columns[i] ?? ''}>${cell}</td>`)}
        <td data-label=${strings.privacyPolicy}>${service.policyUrl ? html`<a href=${service.policyUrl} rel="noopener" target="_blank">${service.provider ?? serviceLabel(service, lang)}</a>` : nothing}</td></tr>`;
    })}</tbody>
  </table></div>`;
}

/** The library's own consent cookie and its copy for the fast path (`localStorage`), as a table of their own. */
function ownCookie(config: Config, strings: Strings): Category {
  const kept = { provider: strings.thisSite, purpose: { '': strings.consentCookiePurpose }, duration: { '': strings.days(consentCookieDays(config)) }, party: 'first' } as const;
  return {
    name: config.cookieName, basis: 'contract', processing: 'c', label: {}, description: {}, services: [], googleConsentMode: [],
    cookies: [{ name: config.cookieName, ...kept, storage: 'cookie' }, { name: ticketKey(config.cookieName), ...kept, storage: 'local-storage' }],
  };
}

/**
 * @summary The cookie table of the privacy policy, live from the same configuration as the banner.
 *
 * Per category: its legal basis cited in the page language, what it is for, the visitor's
 * current choice with a button that opens the preferences, and a table of its cookies (name,
 * provider, purpose, duration, storage, party). Updates on every `consent-change`, also from
 * another tab. Reads the page's `<cookie-consent>`; placed alone, give it `src` (a JSON file of
 * `configure()` options).
 *
 * @attr {string} src - URL of a JSON configuration, for a page without `<cookie-consent>`.
 *
 * @csspart category - One category's section.
 * @csspart basis - The legal basis of a category.
 * @csspart table - A category's cookie table.
 * @csspart services - A category's table of services: recipient, country and safeguard, purpose, retention, the vendor's policy.
 * @csspart button - The change buttons.
 *
 * @cssprop [--cookie-text=#1d1d1f] - Text colour.
 * @cssprop [--cookie-accent=#1a56c4] - Buttons and links.
 * @cssprop [--cookie-border=#8a8a94] - Table rules.
 */
export class CookieDeclarationElement extends LitElement {
  static override styles = styles;

  /** Level of the category headings (`heading-level`, default 2), to fit the policy's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private readonly consent = new ConsentController(this);

  override render() {
    const { host: runtime, strings } = this.consent;
    if (!runtime || !strings) return nothing;
    const { config, language, current } = runtime;
    return html`<div class="theme ${config.theme}" lang=${language}>
      ${config.categories.map((category) => {
        const label = categoryLabel(category, language, strings);
        const allowed = current.allowed[category.name] === true;
        const state = category.basis === 'contract'
          ? strings.alwaysActive
          : allowed ? strings.stateOn : needsConsent(category) ? strings.stateOff : strings.stateObjected;
        return html`<section part="category" aria-labelledby="declaration-${category.name}">
          <div role="heading" aria-level=${this.headingLevel} class="heading" id="declaration-${category.name}">${label}</div>
          <p part="basis"><strong>${strings.legalBasis}:</strong> ${basisText(category, strings)}</p>
          ${localize(category.description, language, '') ? html`<p>${localize(category.description, language, '')}</p>` : nothing}
          <p class="state"><span><strong>${strings.currentState}:</strong> ${state}</span>
            ${category.basis === 'contract' ? nothing : html`<button type="button" class="button" part="button"
              aria-label="${strings.change}: ${label}" @click=${() => { runtime.show('preferences'); }}>${strings.change}</button>`}
          </p>
          ${category.services.length > 0 ? servicesTable(category, strings, language, strings.servicesCaption(label)) : nothing}
          ${category.cookies.length > 0 ? cookieTable(category, strings, language, `${strings.details(category.cookies.length)}: ${label}`) : nothing}
        </section>`;
      })}
      <section part="category" aria-labelledby="declaration-consent-cookie">
        <div role="heading" aria-level=${this.headingLevel} class="heading" id="declaration-consent-cookie">${strings.consentCookieHeading}</div>
        ${cookieTable(ownCookie(config, strings), strings, language)}
      </section>
      ${current.gpcHonoured ? html`<p part="gpc-notice" role="note">${strings.gpcNotice(config.categories
        .filter((c) => c.basis === 'legitimate-interest' && !needsConsent(c) && !current.allowed[c.name]).map((c) => categoryLabel(c, language, strings)).join(', '))}</p>` : nothing}
      <p>${strings.gpcPolicy}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-declaration': CookieDeclarationElement;
  }
}
