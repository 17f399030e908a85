import { html, nothing, render } from 'lit/html.js';
import { lint } from '../../core/lint.js';
import { decisionsFor, needsConsent } from '../../core/policy.js';
import type { ChoiceMethod, Decisions } from '../../core/model.js';
import type { ConsentRuntime, UiView } from '../../core/runtime.js';
import { warn } from '../../core/warn.js';
import { stringsFor, type Strings } from '../../i18n/index.js';
import { consentCss } from '../cookie-consent.styles.js';
import { themeCss } from '../styles/theme.styles.js';
import { banner } from './banner.js';
import { categoryLabel, listOf } from './texts.js';
import { categoryRow } from './category-row.js';
import { preferences } from './preferences.js';
import { localize } from '../../i18n/language.js';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], summary';

/** Keeps Tab and Shift+Tab inside a modal dialog (a native one lets focus leave to the browser or a parent frame). */
function trapTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const dialog = event.currentTarget as HTMLDialogElement;
  const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null || el.tagName === 'SUMMARY');
  const first = focusable[0];
  const last = focusable.at(-1);
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (!first || !last) return;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The behaviour of `<cookie-consent>`'s visible part: renders the banner, the preferences dialog
 * and the reload notice into the host's shadow root, moves focus, and turns clicks into choices
 * through the runtime. It never reads the cookie or opens gates itself.
 */
export class ConsentUi {
  private readonly runtime: ConsentRuntime;
  private readonly root: ShadowRoot;
  private readonly strings: Strings;
  private bannerOpen = false;
  private preferencesOpen = false;
  private reloadOffered = false;
  private draft: Record<string, boolean> = {};
  private opener: HTMLElement | null = null;
  /** Text of the polite live region: the banner is announced without taking focus. */
  private announcement = '';

  constructor(runtime: ConsentRuntime) {
    this.runtime = runtime;
    let host = document.querySelector('cookie-consent');
    if (!host) {
      host = document.createElement('cookie-consent');
      document.body.append(host);
    }
    this.root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss + consentCss);
    this.root.adoptedStyleSheets = [...this.root.adoptedStyleSheets, sheet];
    const { config, language } = runtime;
    this.strings = stringsFor(language, config.texts[language]);
    for (const problem of lint(config, document.querySelector('[data-consent="preferences"]') !== null)) {
      warn(problem.code, problem.message, problem.code === 'li-declares-cookies' ? 'info' : 'warn');
    }
    runtime.subscribe((state) => {
      if (!state.mustAsk) this.bannerOpen = false;
      this.update();
    });
  }

  /** Shows the banner, the preferences or the reload offer. */
  show(view: UiView): void {
    if (view === 'banner') {
      this.bannerOpen = true;
      // The live region exists (empty) before it speaks, so screen readers announce the change.
      setTimeout(() => {
        this.announcement = this.bannerOpen && this.runtime.config.layout !== 'modal' ? this.strings.bannerTitle : '';
        this.update();
      }, 100);
    }
    else if (view === 'reload') this.reloadOffered = true;
    else this.openPreferences();
    this.update();
  }

  private openPreferences(): void {
    const active = deepActiveElement();
    this.opener = active instanceof HTMLElement && active !== document.body ? active : null;
    this.draft = { ...this.runtime.current.allowed };
    this.preferencesOpen = true;
  }

  private closePreferences(): void {
    this.preferencesOpen = false;
    this.update();
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    else if (this.bannerOpen) this.part('button-preferences')?.focus();
  }

  private choose(decisions: Decisions, method: ChoiceMethod, source: 'banner' | 'preferences'): void {
    this.bannerOpen = false;
    const wasOpen = this.preferencesOpen;
    this.runtime.choose(decisions, method, source);
    if (wasOpen) this.closePreferences();
    // The focused button is gone with the banner: keep keyboard users at the way back in.
    else if (source === 'banner') this.part('settings-button')?.focus();
  }

  private part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  private labels(filter: (name: string) => boolean): string {
    const { config, language } = this.runtime;
    return listOf(config.categories.filter((c) => filter(c.name)).map((c) => categoryLabel(c, language, this.strings)), this.strings);
  }

  private update(): void {
    const { config, language, current } = this.runtime;
    const { strings } = this;
    const byName = new Map(config.categories.map((c) => [c.name, c]));
    const optional = config.categories.filter((c) => c.basis !== 'contract');
    const gpcLabels = current.gpcHonoured
      ? this.labels((n) => byName.get(n)?.basis === 'legitimate-interest' && !current.allowed[n])
      : undefined;
    const handlers = (source: 'banner' | 'preferences') => ({
      onAcceptAll: () => { this.choose(decisionsFor(this.runtime.config, true), 'accept-all', source); },
      onRejectAll: () => { this.choose(decisionsFor(this.runtime.config, false), 'reject-all', source); },
    });
    const modal = config.layout === 'modal';
    const bannerContent = banner({
      strings,
      layout: config.layout,
      consentLabels: this.labels((n) => optional.some((c) => c.name === n && needsConsent(c))),
      objectionLabels: this.labels((n) => optional.some((c) => c.name === n && !needsConsent(c))),
      gpcLabels,
      policyUrl: config.policyUrl,
      imprintUrl: config.imprintUrl,
      ...handlers('banner'),
      onPreferences: () => { this.show('preferences'); },
      onClose: () => { this.bannerOpen = false; this.update(); },
    });
    const bannerOpen = this.bannerOpen && !this.preferencesOpen;
    const onBannerKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        this.bannerOpen = false;
        this.update();
      }
    };
    render(
      html`<div class="theme ${config.theme}" lang=${language}>
        ${modal
          ? html`<dialog class="panel banner-dialog" part="banner" aria-labelledby="banner-title" aria-describedby="banner-description"
              @keydown=${trapTab} @cancel=${(event: Event) => { event.preventDefault(); this.bannerOpen = false; this.update(); }}>${bannerOpen ? bannerContent : nothing}</dialog>`
          : bannerOpen
            ? html`<section class="panel banner ${config.layout}" part="banner" role="region" aria-labelledby="banner-title" @keydown=${onBannerKey}>${bannerContent}</section>`
            : nothing}
        <dialog class="panel" part="dialog" aria-labelledby="preferences-title" aria-describedby="preferences-description"
          @keydown=${trapTab} @cancel=${(event: Event) => { event.preventDefault(); this.closePreferences(); }}>
          ${this.preferencesOpen
            ? preferences({
                strings,
                gpcLabels,
                rows: config.categories.map((category) => categoryRow(category, {
                  strings,
                  label: categoryLabel(category, language, strings),
                  description: localize(category.description, language, ''),
                  checked: category.basis === 'contract' || this.draft[category.name] === true,
                  onToggle: (checked) => { this.draft = { ...this.draft, [category.name]: checked }; this.update(); },
                })),
                ...handlers('preferences'),
                onSave: () => { this.choose(this.draft, 'save', 'preferences'); },
                onClose: () => { this.closePreferences(); },
              })
            : nothing}
        </dialog>
        ${this.reloadOffered
          ? html`<div class="panel notice" part="reload-notice" role="status">
              <p>${strings.reloadNotice}</p>
              <div class="actions">
                <button type="button" class="button" part="button button-reload" @click=${() => { location.reload(); }}>${strings.reload}</button>
                <button type="button" class="button" part="button button-dismiss" @click=${() => { this.reloadOffered = false; this.update(); }}>${strings.dismiss}</button>
              </div>
            </div>`
          : nothing}
        <div class="visually-hidden" role="status">${this.bannerOpen ? this.announcement : ''}</div>
      </div>`,
      this.root,
    );
    this.syncDialog(this.root.querySelector<HTMLDialogElement>('dialog[part="dialog"]'), this.preferencesOpen);
    if (modal) this.syncDialog(this.root.querySelector<HTMLDialogElement>('.banner-dialog'), bannerOpen);
    const settings = this.part('settings-button');
    if (settings) settings.hidden = this.bannerOpen || this.preferencesOpen;
  }

  private syncDialog(dialog: HTMLDialogElement | null, open: boolean): void {
    if (!dialog || dialog.open === open) return;
    if (!open) {
      dialog.close();
      return;
    }
    dialog.showModal();
    // Start reading at the title (not at the first details toggle); Tab goes on to the controls.
    dialog.querySelector('h2')?.focus();
  }
}
