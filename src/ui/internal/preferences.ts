import { html, nothing, render } from 'lit/html.js';
import type { Config, ConsentRecord } from '../../core/model.js';
import { needsConsent } from '../../core/policy.js';
import { receiptUrl } from '../../core/receipt.js';
import { localize } from '../../i18n/languages.js';
import type { Strings } from '../../i18n/strings.js';
import { controlsCss } from '../styles/controls.styles.js';
import { preferencesCss } from '../preferences.styles.js';
import { categoryRow } from './category-row.js';
import { categoryLabel, countryName, serviceLabel } from './texts.js';

/** What the preferences show and do. */
export interface PreferencesModel {
  readonly config: Config;
  readonly language: string;
  readonly strings: Strings;
  /** The switches as the visitor set them, not yet saved. */
  readonly draft: Readonly<Record<string, boolean>>;
  /** Labels objected to by a honoured GPC signal, or `undefined` without one. */
  readonly gpcLabels: string | undefined;
  /** The stored choice, shown as the visitor's receipt. */
  readonly record: ConsentRecord | null;
  onToggle(name: string, checked: boolean): void;
  onAcceptAll(): void;
  onRejectAll(): void;
  onSave(): void;
  onClose(): void;
}

let sheet: CSSStyleSheet | undefined;

/** Something on the page waits for consent (else the page has a notice, not a question). */
const asksConsent = (config: Config): boolean => config.categories.some((category) => category.basis !== 'contract' && needsConsent(category));

/** Adds the preferences' styles to the UI's shadow root (once). */
function adoptStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(controlsCss + preferencesCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The visitor's receipt: date, revision and id of the stored choice, and with a receiver a link that downloads it. */
function receipt(model: PreferencesModel): unknown {
  const { record, strings, config, language } = model;
  if (!record) return nothing;
  const date = new Date(record.time).toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' });
  const href = config.recordUrl === undefined ? undefined : receiptUrl(config.recordUrl, record.id, location.href);
  return html`<p class="small receipt" part="receipt">${strings.receipt(date, record.revision)} <code>${record.id}</code>${href === undefined ? nothing : html`
    <a part="receipt-link" href=${href} download=${`consent-receipt-${record.id}.json`}>${strings.receiptDownload}</a>`}</p>`;
}

/**
 * Renders the second layer into its dialog (lit-html, loaded only when the preferences open):
 * one row per category, then accept all, reject all and save, with the same `part` names as the
 * first layer.
 */
export function renderPreferences(dialog: HTMLDialogElement, model: PreferencesModel): void {
  adoptStyles(dialog.getRootNode() as ShadowRoot);
  const { strings, config, language } = model;
  const on = (name: string): boolean => model.draft[name] === true;
  const rows = config.categories.map((category) => categoryRow(category, {
    strings,
    lang: language,
    label: categoryLabel(category, language, strings),
    description: localize(category.description, language, ''),
    checked: category.basis === 'contract' || (category.services.length > 0 ? category.services.every((s) => on(s.name)) : on(category.name)),
    onToggle: (checked) => { model.onToggle(category.name, checked); },
    services: category.services.map((service) => ({
      service,
      label: serviceLabel(service, language),
      purpose: localize(service.purpose, language, ''),
      country: countryName(service.country, language),
      transfer: localize(service.transfer, language, ''),
      retention: localize(service.retention, language, ''),
      checked: category.basis === 'contract' || on(service.name),
      onToggle: (checked: boolean) => { model.onToggle(service.name, checked); },
    })),
  }));
  render(html`
    <h2 part="title" id="preferences-title" tabindex="-1">${strings.preferencesTitle}</h2>
    <p part="description" id="preferences-description">${strings.preferencesIntro}</p>
    ${model.gpcLabels === undefined ? nothing : html`<p class="gpc" part="gpc-notice" role="note">${strings.gpcNotice(model.gpcLabels)}</p>`}
    <ul>${rows}</ul>
    ${receipt(model)}
    <div part="actions" class="actions">
      ${asksConsent(model.config)
        ? html`<button type="button" class="button" part="button button-accept-all" @click=${model.onAcceptAll}>${strings.acceptAll}</button>
          <button type="button" class="button" part="button button-reject-all" @click=${model.onRejectAll}>${strings.rejectAll}</button>`
        // Nothing needs consent: no "Accept all", and refusing everything is objecting to everything.
        : html`<button type="button" class="button" part="button button-object" @click=${model.onRejectAll}>${strings.object}</button>`}
      <button type="button" class="button" part="button button-save" @click=${model.onSave}>${strings.save}</button>
    </div>
    <button type="button" class="close" part="button button-close" aria-label=${strings.close} title=${strings.close} @click=${model.onClose}>×</button>`, dialog);
}
