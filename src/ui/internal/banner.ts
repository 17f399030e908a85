import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Strings } from '../../i18n/strings.js';

export interface BannerContext {
  readonly strings: Strings;
  readonly layout: 'bar' | 'box' | 'modal';
  /** Labels of categories that wait for consent. */
  readonly consentLabels: string;
  /** Labels of legitimate-interest categories active until the visitor objects. */
  readonly objectionLabels: string;
  /** Labels objected to by a honoured GPC signal, or `undefined` without one. */
  readonly gpcLabels: string | undefined;
  readonly policyUrl?: string;
  readonly imprintUrl?: string;
  onAcceptAll(): void;
  onRejectAll(): void;
  onPreferences(): void;
  onClose(): void;
}

/** The three equal first-layer buttons (`part` names are stable for automation). */
export function actions(strings: Strings, handlers: { onAcceptAll(): void; onRejectAll(): void }, last: TemplateResult): TemplateResult {
  return html`<div part="actions" class="actions">
    <button type="button" class="button" part="button button-accept-all" @click=${handlers.onAcceptAll}>${strings.acceptAll}</button>
    <button type="button" class="button" part="button button-reject-all" @click=${handlers.onRejectAll}>${strings.rejectAll}</button>
    ${last}
  </div>`;
}

/** The GPC notice: the signal was honoured (no popup of its own). */
export function gpcNotice(strings: Strings, labels: string | undefined): TemplateResult | typeof nothing {
  return labels === undefined ? nothing : html`<p class="gpc" part="gpc-notice" role="note">${strings.gpcNotice(labels)}</p>`;
}

/** The first layer: what runs on which basis, withdrawal and objection rights, links, three equal buttons. */
export function banner(context: BannerContext): TemplateResult {
  const { strings } = context;
  return html`
    <h2 part="title" id="banner-title" tabindex="-1">${strings.bannerTitle}</h2>
    <div part="description" class="text" id="banner-description">
      <p>${strings.bannerIntro}${context.consentLabels ? ` ${strings.consentPurposes(context.consentLabels)}` : ''}</p>
      ${context.objectionLabels ? html`<p>${strings.objection(context.objectionLabels)}</p>` : nothing}
      ${gpcNotice(strings, context.gpcLabels)}
      <p>${strings.withdrawal}</p>
      ${context.policyUrl || context.imprintUrl
        ? html`<p>${context.policyUrl ? html`<a href=${context.policyUrl}>${strings.privacyPolicy}</a>` : nothing}
            ${context.imprintUrl ? html` · <a href=${context.imprintUrl}>${strings.imprint}</a>` : nothing}</p>`
        : nothing}
    </div>
    ${actions(strings, context, html`<button type="button" class="button" part="button button-preferences" @click=${context.onPreferences}>${strings.preferences}</button>`)}
    <button type="button" class="close" part="button button-close" aria-label=${strings.close} title=${strings.close} @click=${context.onClose}>×</button>`;
}
