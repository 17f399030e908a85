import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Category } from '../../core/model.js';
import { needsConsent } from '../../core/policy.js';
import type { Strings } from '../../i18n/strings.js';

export interface RowContext {
  readonly strings: Strings;
  readonly label: string;
  readonly description: string;
  readonly checked: boolean;
  onToggle(checked: boolean): void;
}

/** The legal basis in words and as a citation; device access that needs consent cites it too. */
export function basisText(category: Category, strings: Strings): string {
  const base = `${strings.basis[category.basis]} (${strings.citation[category.basis]})`;
  if (category.basis === 'legitimate-interest' && needsConsent(category)) {
    return `${base}; ${strings.basis.consent} (${strings.deviceAccessCitation}, ${strings.citation.consent})`;
  }
  return base;
}

/** What the switch does from where it stands: consent or withdraw; object, or take the objection back. */
function hint(category: Category, strings: Strings, checked: boolean): string {
  if (category.basis === 'contract') return '';
  if (category.basis === 'consent') return strings.consentHint;
  if (needsConsent(category)) return `${strings.deviceAccessNote} ${strings.consentHint}`;
  const action = checked ? strings.objectHint : strings.withdrawObjectionHint;
  return category.exempt && category.cookies.length > 0 ? `${strings.exemptNote(category.exempt)} ${action}` : action;
}

/** The cookie table of a category (also used by `<cookie-declaration>`). */
export function cookieTable(category: Category, strings: Strings, caption?: string): TemplateResult {
  const columns = [strings.provider, strings.purpose, strings.duration, strings.storage, strings.party];
  return html`<div class="table-wrap"><table part="table">
    ${caption ? html`<caption>${caption}</caption>` : nothing}
    <thead><tr><th scope="col">${strings.cookieName}</th>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
    <tbody>${category.cookies.map((cookie) => {
      const party = cookie.party === 'third' ? strings.thirdParty : cookie.party === 'first' ? strings.firstParty : '';
      const cells = [cookie.provider ?? '', cookie.purpose ?? '', cookie.duration ?? '', strings.storageKind[cookie.storage], party];
      return html`<tr><th scope="row">${cookie.name}</th>${cells.map((cell, i) => html`<td data-label=${columns[i] ?? ''}>${cell}</td>`)}</tr>`;
    })}</tbody>
  </table></div>`;
}

/** One category in the preferences: locked "always active", objection switch, or consent switch. */
export function categoryRow(category: Category, context: RowContext): TemplateResult {
  const { strings, checked } = context;
  const id = `category-${category.name}`;
  const objectable = category.basis === 'legitimate-interest' && !needsConsent(category);
  const state = checked ? strings.stateOn : objectable ? strings.stateObjected : strings.stateOff;
  return html`<li part="category" data-category=${category.name}>
    <div class="row">
      ${category.basis === 'contract'
        ? html`<span class="label" id="${id}-label">${context.label}</span><span class="always">${strings.alwaysActive}</span>`
        : html`<label class="label" for="${id}-switch" id="${id}-label">${context.label}</label>
          <span class="switch">
            <input type="checkbox" role="switch" part="switch" name=${category.name} id="${id}-switch"
              aria-describedby="${id}-basis ${id}-description"
              .checked=${checked} @change=${(event: Event) => { context.onToggle((event.target as HTMLInputElement).checked); }}>
            <span aria-hidden="true">${state}</span>
          </span>`}
    </div>
    <p class="basis" part="basis" id="${id}-basis">${basisText(category, strings)}</p>
    <p class="small" id="${id}-description">${context.description} ${hint(category, strings, checked)}</p>
    ${category.cookies.length > 0
      ? html`<details><summary>${strings.details(category.cookies.length)}</summary>${cookieTable(category, strings)}</details>`
      : nothing}
  </li>`;
}
