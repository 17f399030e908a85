import type { ConsentHost, UiView } from '../../core/host.js';
import { whenIdle } from '../../core/dom.js';
import { onReach } from '../../core/intent.js';
import { REOPEN_TRIGGER } from '../../core/triggers.js';
import type { ChoiceMethod, Config, Decisions } from '../../core/model.js';
import { decisionsFor, decisionsForClose } from '../../core/choices.js';
import { needsConsent } from '../../core/policy.js';
import { unitOf } from '../../core/units.js';
import type { Strings } from '../../i18n/strings.js';
import { firstLayerCss } from '../first-layer.styles.js';
import { themeCss } from '../styles/theme.styles.js';
import { button, consentRoot, h } from './dom.js';
import { keepFocusVisible } from './unobscured.js';
import { weightDifferences } from './equal-weight.js';
import { firstLayer } from './first-layer.js';
import type * as Preferences from './preferences.js';
import { categoryLabel, countryName, listOf, serviceLabel } from './texts.js';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], summary';

/**
 * The draft after one switch: a category's switch sets each of its services; a service's
 * switch sets its category to whether every service of it is now on.
 */
function withToggled(config: Config, draft: Readonly<Record<string, boolean>>, name: string, checked: boolean): Record<string, boolean> {
  const next = { ...draft, [name]: checked };
  const unit = unitOf(config, name);
  if (!unit) return next;
  const { category, service } = unit;
  if (service) next[category.name] = category.services.every((s) => next[s.name] === true);
  else for (const s of category.services) next[s.name] = checked;
  return next;
}

/**
 * The preferences (lit-html) come in a chunk of their own: when they open, fetched as soon as the
 * visitor points at or focuses the button that opens them (most visitors never do, and never pay).
 */
let preferencesModule: Promise<typeof Preferences> | undefined;
const loadPreferences = (): Promise<typeof Preferences> => (preferencesModule ??= import('./preferences.js'));

/** Host names of a site in development, where the legal lint is printed as soon as the banner shows. */
/** The page's own way back into the preferences (a footer link), if it has one. */
const reopenTrigger = (): HTMLElement | null => document.querySelector<HTMLElement>(REOPEN_TRIGGER);

const DEVELOPMENT = /^(localhost|127\.0\.0\.1|\[::1\])$|\.(localhost|test|local)$/;

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

/** A modal dialog of the UI, trapping Tab; Escape (`cancel`) calls `onCancel` instead of closing it directly. */
function modalDialog(attributes: Readonly<Record<string, string>>, onCancel: () => void): HTMLDialogElement {
  const dialog = h('dialog', attributes);
  dialog.addEventListener('keydown', trapTab);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    onCancel();
  });
  return dialog;
}

/**
 * The behaviour of `<cookie-consent>`'s visible part: renders the first layer (plain DOM), the
 * preferences dialog (lit-html, loaded when opened) and the reload notice into the host
 * element's shadow root, moves focus, and turns clicks into choices through the `ConsentHost`.
 * It never reads the cookie or opens gates itself.
 */
export class ConsentUi {
  private readonly host: ConsentHost;
  private readonly root: ShadowRoot;
  private readonly strings: Strings;
  private readonly frame: HTMLElement;
  /** The polite live region: the bar and box layouts are announced without taking focus. */
  private readonly status: HTMLElement;
  private readonly dialog: HTMLDialogElement;
  private banner: HTMLElement | undefined;
  private notice: HTMLElement | undefined;
  private bannerOpen = false;
  private preferencesOpen = false;
  private draft: Record<string, boolean> = {};
  private opener: HTMLElement | null = null;
  /** Stops keeping focused page content clear of the bar or box. */
  private unwatchFocus: (() => void) | undefined;

  constructor(host: ConsentHost, strings: Strings) {
    this.host = host;
    this.strings = strings;
    this.root = consentRoot();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss + firstLayerCss);
    this.root.adoptedStyleSheets = [...this.root.adoptedStyleSheets, sheet];
    this.dialog = modalDialog({ class: 'panel', part: 'dialog', 'aria-labelledby': 'preferences-title', 'aria-describedby': 'preferences-description' }, () => { this.closePreferences(); });
    this.status = h('div', { class: 'visually-hidden', role: 'status' });
    this.frame = h('div', { class: `theme ${host.config.theme}`, lang: host.language }, this.dialog, this.status);
    this.root.append(this.frame);
    // The code that stores a choice comes when the visitor reaches for the banner or the dialog;
    // a click before it arrives applies as soon as it does.
    onReach(this.frame, () => this.host.write().catch(() => undefined));
    host.subscribe((state) => {
      if (!state.mustAsk) this.bannerOpen = false;
      this.update();
    });
  }

  /** Shows the banner, the preferences or the reload offer; or saves the preferences as they stand. */
  show(view: UiView): void {
    if (view === 'save') {
      // A save button on the page (vanilla's accept-custom): the open preferences' switches, else the state as it is.
      this.choose(this.preferencesOpen ? this.draft : { ...this.host.current.allowed }, 'save', 'trigger');
      return;
    }
    if (view === 'banner') {
      this.bannerOpen = true;
      // The live region exists (empty) before it speaks, so screen readers announce the change.
      setTimeout(() => {
        if (this.bannerOpen && this.host.config.layout !== 'modal') this.status.textContent = this.strings.bannerTitle;
      }, 100);
      if (DEVELOPMENT.test(location.hostname)) whenIdle(() => { this.lint(); });
    } else if (view === 'reload') {
      this.offerReload();
    } else {
      this.openPreferences();
    }
    this.update();
  }

  /**
   * The legal lint, for the site's developers: when the preferences open, and on a development
   * host also once the banner shows. Visitors of the live site are not sent its texts for it.
   */
  private lint(): void {
    const { config } = this.host;
    this.host.messages().then((messages) => { messages.printLint(config); }, () => undefined);
  }

  private openPreferences(): void {
    // Already open: keep the visitor's unsaved switches and the element to return to.
    if (this.preferencesOpen) return;
    this.lint();
    const active = deepActiveElement();
    this.opener = active instanceof HTMLElement && active !== document.body ? active : null;
    this.draft = { ...this.host.current.allowed };
    this.preferencesOpen = true;
  }

  private closePreferences(): void {
    this.preferencesOpen = false;
    this.update();
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    else if (this.bannerOpen) this.part('button-preferences')?.focus();
    // The opener went with the banner (a choice made in the preferences): the way back in.
    else (this.part('settings-button') ?? reopenTrigger())?.focus();
  }

  private choose(decisions: Decisions, method: ChoiceMethod, source: 'banner' | 'preferences' | 'trigger'): void {
    this.bannerOpen = false;
    const wasOpen = this.preferencesOpen;
    const shown = (wasOpen ? this.dialog : this.part('banner'))?.textContent ?? undefined;
    if (wasOpen) this.closePreferences();
    else this.update();
    void this.host.choose(decisions, method, source, shown).then(() => {
      // The focused button is gone with the banner: keep keyboard users at the way back in.
      if (!wasOpen && source === 'banner') (this.part('settings-button') ?? reopenTrigger())?.focus();
    });
  }

  /**
   * × or Escape on the first layer: a refusal of everything that needs consent, legitimate
   * interests left as they are, recorded (method `close`) and remembered like any answer.
   */
  private closeBanner(): void {
    this.choose(decisionsForClose(this.host.config, this.host.current.allowed), 'close', 'banner');
  }

  private part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  private labels(filter: (name: string) => boolean): string {
    const { config, language } = this.host;
    return listOf(config.categories.filter((c) => filter(c.name)).map((c) => categoryLabel(c, language, this.strings)), this.strings);
  }

  /**
   * The third parties of each consent category in one line: its services' providers (with the
   * country their data goes to), else the providers of its third-party cookies.
   */
  private recipients(): string {
    const { config, language } = this.host;
    return config.categories.filter(needsConsent).map((category) => {
      const parties = category.services.length > 0
        ? category.services.map((s) => {
          const country = countryName(s.country, language);
          return `${s.provider ?? serviceLabel(s, language)}${country ? ` (${country})` : ''}`;
        })
        : category.cookies.filter((cookie) => cookie.party === 'third' && cookie.provider).map((cookie) => cookie.provider ?? '');
      const unique = [...new Set(parties)];
      return unique.length > 0 ? `${categoryLabel(category, language, this.strings)}: ${unique.join(', ')}` : '';
    }).filter(Boolean).join('; ')
      // The line ends with its own full stop ("Ads Inc." ends the sentence once).
      .replace(/\.$/, '');
  }

  /** Labels objected to by a honoured GPC signal, or `undefined` without one. */
  private gpcLabels(): string | undefined {
    const { config, current } = this.host;
    if (!current.gpcHonoured) return undefined;
    // Only what the signal objected to: legitimate interests that run without consent (the rest waits for consent anyway).
    return this.labels((n) => config.categories.some((c) => c.name === n && c.basis === 'legitimate-interest' && !needsConsent(c)) && !current.allowed[n]);
  }

  private buildBanner(): HTMLElement {
    const { config } = this.host;
    const optional = config.categories.filter((c) => c.basis !== 'contract');
    const content = firstLayer({
      strings: this.strings,
      consentLabels: this.labels((n) => optional.some((c) => c.name === n && needsConsent(c))),
      recipients: this.recipients(),
      objectionLabels: this.labels((n) => optional.some((c) => c.name === n && !needsConsent(c))),
      gpcLabels: this.gpcLabels(),
      policyUrl: config.policyUrl,
      imprintUrl: config.imprintUrl,
      settingsName: reopenTrigger()?.textContent.trim() || this.strings.settingsButton, // eslint-disable-line @typescript-eslint/prefer-nullish-coalescing -- an empty link text names nothing
      onAcceptAll: () => { this.choose(decisionsFor(config, true), 'accept-all', 'banner'); },
      onRejectAll: () => { this.choose(decisionsFor(config, false), 'reject-all', 'banner'); },
      onOk: () => { this.choose({ ...this.host.current.allowed }, 'save', 'banner'); },
      onPreferences: () => { this.show('preferences'); },
      onClose: () => { this.closeBanner(); },
    });
    const intent = (): void => { loadPreferences().catch(() => undefined); };
    for (const node of content) {
      const opener = node instanceof Element ? node.querySelector('[part~="button-preferences"]') : null;
      opener?.addEventListener('pointerover', intent, { once: true, passive: true });
      opener?.addEventListener('focus', intent, { once: true, passive: true });
    }
    if (config.layout === 'modal') {
      const dialog = modalDialog({ class: 'panel banner-dialog', part: 'banner', 'aria-labelledby': 'banner-title', 'aria-describedby': 'banner-description' }, () => { this.closeBanner(); });
      dialog.append(...content);
      return dialog;
    }
    const section = h('section', { class: `panel banner ${config.layout}`, part: 'banner', role: 'region', 'aria-labelledby': 'banner-title' }, ...content);
    section.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeBanner();
    });
    return section;
  }

  private update(): void {
    const visible = this.bannerOpen && !this.preferencesOpen;
    if (visible && !this.banner) this.showBanner();
    else if (!visible && this.banner) this.hideBanner();
    if (!this.bannerOpen) this.status.textContent = '';
    this.syncPreferences();
    const settings = this.part('settings-button');
    if (settings) settings.hidden = this.bannerOpen || this.preferencesOpen;
  }

  private showBanner(): void {
    const banner = this.buildBanner();
    this.banner = banner;
    this.frame.prepend(banner);
    if (banner instanceof HTMLDialogElement) {
      banner.showModal();
      banner.querySelector('h2')?.focus();
    } else {
      this.unwatchFocus = keepFocusVisible(banner, this.root.host);
    }
    // After the frame that paints it: measuring earlier forces style and layout ahead of the banner's first paint.
    requestAnimationFrame(() => { setTimeout(() => { this.checkEqualWeight(banner); }); });
  }

  /** Page CSS or texts may have made Accept and Reject unequal: the site's developers are told. */
  private checkEqualWeight(banner: HTMLElement): void {
    const accept = banner.querySelector<HTMLElement>('[part~="button-accept-all"],[part~="button-ok"]');
    const reject = banner.querySelector<HTMLElement>('[part~="button-reject-all"],[part~="button-object"]');
    if (!accept || !reject || !banner.isConnected) return;
    const differences = weightDifferences(accept, reject);
    if (differences.length > 0) this.host.messages().then((messages) => { messages.printUnequalButtons(differences); }, () => undefined);
  }

  private hideBanner(): void {
    const banner = this.banner;
    this.banner = undefined;
    this.unwatchFocus?.();
    this.unwatchFocus = undefined;
    if (banner instanceof HTMLDialogElement && banner.open) banner.close();
    banner?.remove();
  }

  private syncPreferences(): void {
    const { dialog } = this;
    if (!this.preferencesOpen) {
      if (dialog.open) dialog.close();
      return;
    }
    loadPreferences().then((module) => {
      if (!this.preferencesOpen) return;
      module.renderPreferences(dialog, this.preferencesModel());
      if (dialog.open) return;
      dialog.showModal();
      // Start reading at the title (not at the first details toggle); Tab goes on to the controls.
      dialog.querySelector('h2')?.focus();
    }, () => { this.preferencesOpen = false; });
  }

  private preferencesModel(): Preferences.PreferencesModel {
    const { config, language } = this.host;
    return {
      config,
      language,
      strings: this.strings,
      draft: this.draft,
      gpcLabels: this.gpcLabels(),
      record: this.host.current.record,
      onToggle: (name, checked) => {
        this.draft = withToggled(config, this.draft, name, checked);
        this.update();
      },
      onAcceptAll: () => { this.choose(decisionsFor(config, true), 'accept-all', 'preferences'); },
      onRejectAll: () => { this.choose(decisionsFor(config, false), 'reject-all', 'preferences'); },
      onSave: () => { this.choose(this.draft, 'save', 'preferences'); },
      onClose: () => { this.closePreferences(); },
    };
  }

  /** After a withdrawal of something that already ran: a notice offering to reload. */
  private offerReload(): void {
    if (this.notice) return;
    const { strings } = this;
    const notice = h('div', { class: 'panel notice', part: 'reload-notice', role: 'status' },
      h('p', {}, strings.reloadNotice),
      h('div', { class: 'actions' },
        button('button-reload', strings.reload, () => { location.reload(); }),
        button('button-dismiss', strings.dismiss, () => {
          notice.remove();
          this.notice = undefined;
        })));
    this.notice = notice;
    this.dialog.after(notice);
  }
}
