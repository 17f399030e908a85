import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Category, Service } from '../../core/model.js';
import { needsConsent } from '../../core/policy.js';
import { localize } from '../../i18n/languages.js';
import type { Strings } from '../../i18n/strings.js';

/** A service of a category, as its switch in the preferences shows it. */
export interface ServiceRowContext {
  readonly service: Service;
  readonly label: string;
  readonly purpose: string;
  readonly country: string;
  readonly transfer: string;
  readonly retention: string;
  readonly checked: boolean;
  onToggle(checked: boolean): void;
}

export interface RowContext {
  readonly strings: Strings;
  readonly lang: string;
  readonly label: string;
  readonly description: string;
  /** Checked: allowed in the draft (with services: every one of them). */
  readonly checked: boolean;
  onToggle(checked: boolean): void;
  readonly services: readonly ServiceRowContext[];
}

/** Who receives the data, what for, where, under which safeguard, for how long, and the vendor's policy. */
function serviceDetails(row: ServiceRowContext, strings: Strings): unknown {
  const { service } = row;
  const facts = [
    [strings.provider, service.provider], [strings.purpose, row.purpose],
    [strings.country, row.country && row.transfer ? `${row.country} (${row.transfer})` : row.country], [strings.retention, row.retention],
  ].filter((fact): fact is [string, string] => Boolean(fact[1])).map(([term, value]) => `${term}: ${value}`);
  return html`${facts.join(' · ')}${service.policyUrl
    ? html`${facts.length > 0 ? ' · ' : ''}<a href=${service.policyUrl} rel="noopener" target="_blank">${strings.privacyPolicy}</a>`
    : nothing}`;
}

/** The services of a category, each with its own switch: consent is specific. */
function serviceRows(category: Category, context: RowContext): unknown {
  if (context.services.length === 0) return nothing;
  const { strings } = context;
  const locked = category.basis === 'contract';
  return html`<ul class="services">${context.services.map((row) => {
    const id = `service-${row.service.name}`;
    return html`<li part="service" data-service=${row.service.name}>
      <div class="row">
        <label class="label" for="${id}-switch" id="${id}-label">${row.label}</label>
        ${locked
          ? html`<span class="always">${strings.alwaysActive}</span>`
          : html`<span class="switch">
            <input type="checkbox" role="switch" part="switch" name=${row.service.name} id="${id}-switch" aria-describedby="${id}-details"
              .checked=${row.checked} @change=${(event: Event) => { row.onToggle((event.target as HTMLInputElement).checked); }}>
            <span aria-hidden="true">${row.checked ? strings.stateOn : strings.stateOff}</span>
          </span>`}
      </div>
      <p class="small" id="${id}-details">${serviceDetails(row, strings)}</p>
    </li>`;
  })}</ul>`;
}

/**
 * The legal basis as the visitor reads it: a strictly necessary category cites the exemption from
 * consent and its processing's basis; one that needs consent cites the device-access provision
 * and Art. 6(1)(a); a legitimate interest without device access cites Art. 6(1)(f) alone.
 */
export function basisText(category: Category, strings: Strings): string {
  const processing = strings.citation[category.processing];
  if (category.basis === 'contract') return strings.necessaryLine(strings.necessityCitation, processing);
  if (needsConsent(category)) return strings.consentLine(strings.deviceAccessCitation, strings.citation.a);
  return `${strings.basis[category.basis]} (${processing})`;
}

/** What the switch does from where it stands: consent or withdraw; object, or take the objection back. */
function hint(category: Category, strings: Strings, checked: boolean): string {
  if (category.basis === 'contract') return '';
  if (category.basis === 'consent') return strings.consentHint;
  if (needsConsent(category)) return `${strings.deviceAccessNote} ${strings.consentHint}`;
  const action = checked ? strings.objectHint : strings.withdrawObjectionHint;
  return category.exempt ? `${strings.exemptNote[category.exempt]} ${action}` : action;
}

/** The cookie table of a category (also used by `<cookie-declaration>`). */
export function cookieTable(category: Category, strings: Strings, lang: string, caption?: string): TemplateResult {
  const columns = [strings.provider, strings.purpose, strings.duration, strings.storage, strings.party];
  return html`<div class="table-wrap"><table part="table">
    ${caption ? html`<caption>${caption}</caption>` : nothing}
    <thead><tr><th scope="col">${strings.cookieName}</th>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
    <tbody>${category.cookies.map((cookie) => {
      const party = cookie.party === 'third' ? strings.thirdParty : cookie.party === 'first' ? strings.firstParty : '';
      const cells = [cookie.provider ?? '', localize(cookie.purpose, lang, ''), localize(cookie.duration, lang, ''), strings.storageKind[cookie.storage], party];
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
    ${serviceRows(category, context)}
    ${category.cookies.length > 0
      ? html`<details><summary>${strings.details(category.cookies.length)}</summary>${cookieTable(category, strings, context.lang)}</details>`
      : nothing}
  </li>`;
}
