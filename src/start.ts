import type { ConsentFacade } from './core/api.js';
import { parseConfig } from './core/config.js';
import { readMarkup } from './core/config-markup.js';
import type { ConsentOptions } from './core/options.js';
import { googleConsentMode } from './core/integrations/google-consent-mode.js';
import { matomo } from './core/integrations/matomo.js';
import { ConsentRuntime, type UiModule } from './core/runtime.js';
import { cookieValues } from './core/store.js';
import { listenForTriggers } from './core/triggers.js';
import { warn } from './core/warn.js';
import { defineElements } from './elements/define.js';

declare global {
  interface Window {
    /** The consent API of the first cookie-basis build that started on the page. */
    cookieBasis?: ConsentFacade;
  }
}

/**
 * Where the running API is kept: a symbol shared by every build, which page markup cannot
 * clobber (an element with `id="cookieBasis"` is `window.cookieBasis` until a script sets it).
 */
const RUNNING = Symbol.for('cookie-basis.api');
type Started = Window & { [RUNNING]?: ConsentFacade };

/** Keeps the first build's API and publishes it as `window.cookieBasis`, whatever the page put there. */
function claim(consent: ConsentFacade): ConsentFacade {
  const page = window as Started;
  const running = page[RUNNING];
  if (running) {
    if (running !== consent) warn('started-twice', 'cookie-basis is loaded twice on this page; the first copy keeps running.', 'info');
    return running;
  }
  page[RUNNING] = consent;
  const previous: unknown = window.cookieBasis;
  if (previous !== undefined) {
    const what = previous instanceof Element ? `an element with id or name "cookieBasis"` : 'a page script';
    warn('global-taken', `window.cookieBasis was already set by ${what}; it now holds the consent API.`, 'info');
  }
  try {
    window.cookieBasis = consent;
  } catch {
    warn('global-taken', 'window.cookieBasis is read-only on this page; use the npm API or the consent events instead.', 'error');
  }
  return consent;
}

export interface StartOptions {
  readonly loadUi: () => Promise<UiModule>;
}

/** The parser has passed the element's end tag (or the document is parsed): its children are all there. */
function complete(element: Element): boolean {
  if (document.readyState !== 'loading') return true;
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/**
 * Calls `ready` with the page's `<cookie-consent>` once its configuration is parsed (creates
 * none), and `opened` as soon as its start tag is, while its children may still be coming.
 */
function whenMarkupReady(ready: (element: Element | null) => void, opened: (element: Element) => void): void {
  let done = false;
  let seen = false;
  const check = (): boolean => {
    if (done) return true;
    const element = document.querySelector('cookie-consent');
    if (element && !seen) {
      seen = true;
      opened(element);
    }
    if (element ? !complete(element) : document.readyState === 'loading') return false;
    done = true;
    ready(element);
    return true;
  };
  if (check()) return;
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    observer.disconnect();
    check();
  }, { once: true });
}

/** Calls `callback` once the document is parsed. */
function afterParsing(callback: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
}

/** Only the first `<cookie-consent>` configures the page: say so when there are more. */
function warnIfSeveral(): void {
  const count = document.querySelectorAll('cookie-consent').length;
  if (count > 1) warn('second-element', `${String(count)} <cookie-consent> elements are on the page; only the first one configures cookie-basis, the others are ignored.`);
}

/**
 * Starts cookie-basis once per page: defines the elements, reads the configuration (the options
 * given, else the page's `<cookie-consent>` markup), and connects `consent` to the page's state.
 * A second start, by this build or another one, keeps the first state and listeners.
 */
export function start(consent: ConsentFacade, options: StartOptions, given?: ConsentOptions): ConsentFacade {
  const running = claim(consent);
  if (running !== consent) return running;
  defineElements();
  let ui: ReturnType<StartOptions['loadUi']> | undefined;
  const loadUi = (): ReturnType<StartOptions['loadUi']> => {
    ui ??= options.loadUi();
    ui.catch(() => { ui = undefined; });
    return ui;
  };
  /** A first visit needs the banner: fetch the UI chunk while the rest of the page is parsed. */
  const preloadForFirstVisit = (name: string): void => {
    if (cookieValues(name).length === 0) loadUi().catch(() => undefined);
  };
  // Sites with the default cookie name start at once; a custom `cookie-name` is known at the start tag.
  preloadForFirstVisit('cookie_basis');
  const run = (raw: unknown): void => {
    const { config, problems } = parseConfig(raw);
    for (const problem of problems) warn(problem.code, problem.message, 'error');
    const integrations = [];
    if (config.googleConsentMode) integrations.push(googleConsentMode(config));
    if (config.categories.some((c) => c.integration === 'matomo')) integrations.push(matomo(config));
    const runtime = new ConsentRuntime(config, {
      loadUi,
      gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
      integrations,
    });
    consent.connect(runtime);
    listenForTriggers(consent, () => { runtime.loadUi().catch(() => undefined); });
    runtime.start();
  };
  if (given) {
    run(given);
  } else {
    whenMarkupReady((element) => {
      if (element) {
        run(readMarkup(element));
        afterParsing(warnIfSeveral);
        return;
      }
      const companion = document.querySelector('cookie-declaration[src], cookie-objection[src]');
      const src = companion?.getAttribute('src');
      if (!src) {
        warn('no-element', 'no <cookie-consent> element is on the page and configure() was not called; nothing is allowed.');
        return;
      }
      fetch(src)
        .then((response) => response.json())
        .then(run, (error: unknown) => {
          warn('invalid-json', `the configuration at ${src} could not be loaded (${String(error)}); nothing is allowed.`, 'error');
        });
    }, (element) => {
      const name = element.getAttribute('cookie-name');
      if (name) preloadForFirstVisit(name);
    });
  }
  return consent;
}
