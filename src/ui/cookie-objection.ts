import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { needsConsent } from '../core/policy.js';
import { log } from '../write/log.js';
import { ConsentController } from './internal/host-context.js';
import { categoryLabel } from './internal/texts.js';
import { styles } from './cookie-objection.styles.js';

/**
 * @summary The in-policy opt-out: a switch that objects to a legitimate interest, or gives and withdraws consent.
 *
 * For a legitimate-interest category it reads "You have not objected… switch off to object"; for
 * a category that needs consent it gives and withdraws consent. Changing it writes the same
 * cookie, clears the category's cookies, moves its gates and fires `consent-change` with
 * `source: "objection"`. Reflects a honoured Global Privacy Control signal.
 *
 * @attr {string} category - Name of the category.
 *
 * @csspart switch - The switch.
 * @csspart label - Its text.
 * @csspart gpc-notice - The notice that a GPC signal was honoured.
 *
 * @cssprop [--cookie-accent=#1a56c4] - The switch when on.
 * @cssprop [--cookie-text=#1d1d1f] - Text colour.
 *
 * @fires {ConsentChangeEvent} consent-change - On `document`, when the switch changed the choice.
 */
export class CookieObjectionElement extends LitElement {
  static override styles = styles;

  /** Name of the category this switch objects to (or consents to). */
  @property() category = '';

  private readonly consent = new ConsentController(this);

  override render() {
    const { host: runtime, strings } = this.consent;
    if (!runtime || !strings) return nothing;
    const category = runtime.config.categories.find((c) => c.name === this.category);
    if (!category || category.basis === 'contract') {
      log('objection-category', `<cookie-objection category="${this.category}"> needs a declared legitimate-interest or consent category; it shows nothing.`);
      return nothing;
    }
    const { current, language, config } = runtime;
    const label = categoryLabel(category, language, strings);
    const allowed = current.allowed[category.name] === true;
    const consent = needsConsent(category);
    const text = consent
      ? (allowed ? strings.consentGiven(label) : strings.consentNotGiven(label))
      : (allowed ? strings.objectionActive(label) : strings.objectionObjected(label));
    return html`<div class="theme ${config.theme}" lang=${language}>
      <label class="switch">
        <input type="checkbox" role="switch" part="switch" .checked=${allowed}
          @change=${(event: Event) => {
            void runtime.choose({ [category.name]: (event.target as HTMLInputElement).checked }, 'objection-switch', 'objection', this.renderRoot.textContent);
          }}>
        <span part="label">${text}</span>
      </label>
      ${current.gpcHonoured && !allowed && !consent
        ? html`<p part="gpc-notice" role="note">${strings.gpcNotice(label)}</p>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-objection': CookieObjectionElement;
  }
}
