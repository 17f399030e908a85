import { html, type TemplateResult } from 'lit/html.js';
import type { Strings } from '../../i18n/strings.js';
import { actions, gpcNotice } from './banner.js';

export interface PreferencesContext {
  readonly strings: Strings;
  readonly rows: readonly TemplateResult[];
  readonly gpcLabels: string | undefined;
  onAcceptAll(): void;
  onRejectAll(): void;
  onSave(): void;
  onClose(): void;
}

/** The second layer's content: one row per category, then accept all, reject all and save. */
export function preferences(context: PreferencesContext): TemplateResult {
  const { strings } = context;
  return html`
    <h2 part="title" id="preferences-title" tabindex="-1">${strings.preferencesTitle}</h2>
    <p part="description" id="preferences-description">${strings.preferencesIntro}</p>
    ${gpcNotice(strings, context.gpcLabels)}
    <ul>${context.rows}</ul>
    ${actions(strings, context, html`<button type="button" class="button" part="button button-save" @click=${context.onSave}>${strings.save}</button>`)}
    <button type="button" class="close" part="button button-close" aria-label=${strings.close} title=${strings.close} @click=${context.onClose}>×</button>`;
}
