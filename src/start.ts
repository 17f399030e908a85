import type { ConsentFacade } from './core/api.js';
import { chunks as memoized, type ChunkImports } from './core/chunks.js';
import { parseConfig } from './core/config.js';
import { readMarkup } from './core/config-markup.js';
import type { ConsentOptions } from './core/options.js';
import { report, setPrinterLoader } from './core/report.js';
import { ConsentRuntime } from './core/runtime.js';
import { defineElements } from './elements/define.js';
import { pickLanguage } from './i18n/languages.js';
import { afterParsing, connectPage } from './connect.js';

/**
 * Where the running API is kept: a symbol shared by every build, which page markup cannot
 * clobber (an element with `id="cookieBasis"` is `window.cookieBasis` until a script sets it).
 */
const RUNNING = Symbol.for('cookie-basis.api');
type Started = Window & { [RUNNING]?: ConsentFacade };

/**
 * Takes the page's one slot for this API and publishes it as `window.cookieBasis`, whatever the
 * page put there; `false` when a start (of this build, or another) came first.
 */
function claim(consent: ConsentFacade): boolean {
  const page = window as Started;
  const running = page[RUNNING];
  if (running) {
    if (running !== consent) report('startedTwice');
    return false;
  }
  page[RUNNING] = consent;
  const previous: unknown = window.cookieBasis;
  if (previous !== undefined) report('globalTaken', previous instanceof Element ? 'an element with id or name "cookieBasis"' : 'a page script');
  try {
    window.cookieBasis = consent;
  } catch {
    report('globalReadOnly');
  }
  return true;
}

/** The parser has passed the element's end tag (or the document is parsed): its children are all there. */
function complete(element: Element): boolean {
  if (document.readyState !== 'loading') return true;
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/** Calls `ready` once with the page's `<cookie-consent>` when its configuration is parsed (or `null` when the page has none). */
function whenMarkupReady(ready: (element: Element | null) => void): void {
  let done = false;
  const check = (): boolean => {
    if (done) return true;
    const element = document.querySelector('cookie-consent');
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

/** The element carries its categories itself (children or a JSON script), so its `src` is not used. */
function hasInlineConfig(element: Element): boolean {
  return element.querySelector(':scope > cookie-category, :scope > script[type="application/json"]') !== null;
}

/** A configuration file: fetched with normal HTTP caching, a JSON object or an error. */
async function loadJson(src: string): Promise<Record<string, unknown>> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
  const json: unknown = await response.json();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('not a JSON object');
  return json as Record<string, unknown>;
}

/** Only the first `<cookie-consent>` configures the page: say so when there are more. */
function warnIfSeveral(): void {
  const count = document.querySelectorAll('cookie-consent').length;
  if (count > 1) report('secondElement', String(count));
}

/**
 * A visitor with no cookie that looks like a consent choice (of any cookie name) will see the
 * banner: its chunk and texts are fetched now, in parallel with the rest of the page.
 */
function prefetchForFirstVisit(chunks: ChunkImports): void {
  let cookies = '';
  try {
    cookies = document.cookie;
  } catch {
    // no cookies: a first visit on every page
  }
  if (/(?:^|; )[\w-]+=[12](?:\||%7C)[0-9a-f]{8}-/i.test(cookies)) return;
  chunks.preloadFirstVisit?.(pickLanguage([document.documentElement.lang, ...navigator.languages]));
}

/**
 * Starts cookie-basis once per page: defines the elements, reads the configuration (the options
 * given, else the page's `<cookie-consent>` markup), and connects `consent` to the page's state.
 * A second start, by this build or another one, keeps the first state and listeners.
 */
export function start(consent: ConsentFacade, imports: ChunkImports, given?: ConsentOptions): ConsentFacade {
  const chunks = memoized(imports);
  setPrinterLoader(() => chunks.messages().then((messages) => messages.print));
  // A second start (StrictMode's double effect, start() then configure(), another build) keeps the first.
  if (!claim(consent)) return (window as Started)[RUNNING] ?? consent;
  defineElements();
  prefetchForFirstVisit(imports);
  const run = (raw: unknown): void => {
    const { config, problems } = parseConfig(raw);
    for (const { key, args } of problems) report(key, ...args);
    const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    connectPage(new ConsentRuntime(config, { chunks, gpc }), consent, chunks);
  };
  if (given) {
    run(given);
    return consent;
  }
  whenMarkupReady((element) => {
    if (element) {
      const markup = readMarkup(element);
      const { src } = markup;
      // `src`: one JSON file configures every page; the element's own attributes win over it.
      if (typeof src === 'string' && !hasInlineConfig(element)) {
        loadJson(src).then((file) => { run({ ...file, ...markup, categories: file.categories }); }, (error: unknown) => {
          report('invalidJsonSrc', src, String(error));
          run(markup);
        });
      } else {
        run(markup);
      }
      afterParsing(warnIfSeveral);
      return;
    }
    const src = document.querySelector('cookie-declaration[src], cookie-objection[src]')?.getAttribute('src');
    if (!src) {
      report('noElement');
      return;
    }
    loadJson(src).then(run, (error: unknown) => { report('invalidJsonSrc', src, String(error)); });
  });
  return consent;
}
