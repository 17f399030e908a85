import { PLACEHOLDER } from '../../core/markers.js';
import type { Category, Service } from '../../core/model.js';
import type { Strings } from '../../i18n/strings.js';
import { button, h } from './dom.js';
import { categoryLabel, countryName, listOf, serviceLabel } from './texts.js';

const CSS = `:host{box-sizing:border-box;max-width:100%;color-scheme:light dark;--a:var(--cookie-accent,light-dark(#1a56c4,#8ab4ff));
color:var(--cookie-text,light-dark(#1d1d1f,#f2f2f4));background:var(--cookie-surface-muted,light-dark(#f2f2f4,#2a2a30));
border:1px solid var(--cookie-border,#8a8a94);border-radius:var(--cookie-radius,8px);font:var(--cookie-font,inherit);overflow:auto}
div{display:flex;flex-direction:column;justify-content:center;align-items:flex-start;gap:.5em;height:100%;box-sizing:border-box;padding:var(--cookie-space,1em)}
p{margin:0}button{font:inherit;cursor:pointer;padding:.5em 1em;border-radius:var(--cookie-radius,8px);border:2px solid var(--a);background:none;color:var(--a)}
.allow{background:var(--a);color:var(--cookie-on-accent,light-dark(#fff,#0b1a33))}:focus-visible{outline:3px solid var(--cookie-focus-ring,var(--a));outline-offset:2px}`;

let sheet: CSSStyleSheet | undefined;

/** What a placeholder says and does. */
export interface PlaceholderContent {
  /** The categories that loading the embed needs. */
  readonly categories: readonly Category[];
  /** The service the embed names (`data-service`): the placeholder allows it alone. */
  readonly service?: Service;
  readonly strings: Strings;
  readonly lang: string;
  onAllow(): void;
  onSettings(): void;
}

/**
 * Builds the accessible stand-in for a blocked embed: a labelled group with what is blocked,
 * why, a button that allows its categories right there and one that opens the preferences.
 * Text only (no HTML from configuration); styles adopted, so strict CSP pages work.
 */
function createPlaceholder(content: PlaceholderContent, provider: string, size: { width: string; height: string; display: string }): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(PLACEHOLDER, '');
  host.lang = content.lang;
  host.style.width = size.width;
  host.style.height = size.height;
  // Same flow as the embed, so that swapping them shifts nothing (an inline embed sits on the baseline).
  host.style.display = size.display === 'inline' ? 'inline-block' : size.display;
  const root = host.attachShadow({ mode: 'open' });
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // no constructable stylesheets: unstyled, still usable
  }
  const { strings, service, lang } = content;
  // A service is allowed alone, by its name; an embed without one needs its categories.
  const names = service
    ? serviceLabel(service, lang)
    : listOf(content.categories.map((category) => categoryLabel(category, lang, strings)), strings);
  const recipient = service?.provider ?? provider;
  const box = h('div', { part: 'placeholder', role: 'group', 'aria-labelledby': 'title' },
    h('strong', { id: 'title' }, strings.placeholderBlocked(recipient)),
    h('p', {}, `${strings.placeholderExplain(names)} ${strings.placeholderSends(recipient, countryName(service?.country, lang))}`),
    button('button-allow', strings.placeholderAllow(names), () => { content.onAllow(); }, { class: 'allow' }),
    button('button-preferences', strings.settingsButton, () => { content.onSettings(); }, { class: 'settings' }));
  root.append(box);
  return host;
}

/**
 * The embed's border box, so that the placeholder takes its place without moving anything:
 * from its width/height attributes plus computed borders and padding (style only, no layout
 * while the page is parsed), else from a layout measurement.
 */
function boxOf(embed: HTMLElement): { width: string; height: string; display: string } {
  const style = getComputedStyle(embed);
  const extra = (...sides: string[]): number => sides.reduce((sum, side) => sum + (parseFloat(style.getPropertyValue(side)) || 0), 0);
  const size = (attribute: string, sides: string[], measured: () => number, fallback: string): string => {
    const value = embed.getAttribute(attribute) ?? '';
    if (/^\d+$/.test(value)) return `${String(Number(value) + extra(...sides))}px`;
    const px = measured();
    return px ? `${String(px)}px` : value || fallback;
  };
  return {
    width: size('width', ['border-left-width', 'border-right-width', 'padding-left', 'padding-right'], () => embed.offsetWidth, '100%'),
    height: size('height', ['border-top-width', 'border-bottom-width', 'padding-top', 'padding-bottom'], () => embed.offsetHeight, '150px'),
    display: style.display,
  };
}

/** Who serves the embed: its `data-service`, else the host name of its source. */
function providerOf(embed: HTMLElement): string {
  const service = embed.getAttribute('data-service');
  if (service) return service;
  const src = embed.getAttribute('data-src') ?? embed.querySelector('[data-src]')?.getAttribute('data-src') ?? '';
  try {
    return new URL(src, location.href).hostname;
  } catch {
    return src;
  }
}

/** The placeholder for a blocked embed, sized like it (pixels, audio and sources get none: the gate asks only for others). */
export function placeholderFor(embed: HTMLElement, content: PlaceholderContent): HTMLElement {
  return createPlaceholder(content, providerOf(embed), boxOf(embed));
}
