import type { ConsentFacade } from './core/api.js';
import { chunks as memoized, type ChunkImports, type Chunks } from './core/chunks.js';
import { readCookies } from './core/cookie.js';
import { report, setPrinterLoader } from './core/report.js';
import { listenForTriggers } from './core/triggers.js';
import { defineElements } from './elements/define.js';
import { pickLanguage } from './i18n/languages.js';
import { Page } from './page.js';

/**
 * Where the running API is kept: a symbol shared by every build, which page markup cannot
 * clobber (an element with `id="cookieBasis"` is `window.cookieBasis` until a script sets it).
 */
const RUNNING = Symbol.for('cookie-basis.api');
type Started = Window & { [RUNNING]?: ConsentFacade };

/** The API of the start that came first on this page (this build's or another's). */
export const runningApi = (): ConsentFacade | undefined => (window as Started)[RUNNING];

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

/** Resolves with the page's `<cookie-consent>` once its configuration is parsed (`null` when the page has none). */
export function markupReady(): Promise<Element | null> {
  return new Promise((ready) => {
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
  });
}

/**
 * A visitor with no cookie that looks like a consent choice (of any cookie name) will see the
 * banner: its chunks and texts are fetched now, in parallel with the rest of the page. Says
 * whether it is such a first visit.
 */
function prefetchForFirstVisit(imports: ChunkImports, cookies: string): boolean {
  if (/(?:^|; )[\w-]+=[12](?:\||%7C)[0-9a-f]{8}-/i.test(cookies)) return false;
  imports.preloadFirstVisit?.(pickLanguage([document.documentElement.lang, ...navigator.languages]));
  return true;
}

/**
 * The start both paths share, once per page: claims the API, defines the elements, sets up the
 * page's gate and the `data-consent` triggers. `undefined` when a start (of this build or
 * another) came first.
 */
export function boot(consent: ConsentFacade, imports: ChunkImports): { page: Page; chunks: Chunks } | undefined {
  const chunks = memoized(imports);
  setPrinterLoader(() => chunks.messages().then((messages) => messages.print));
  if (!claim(consent)) return undefined;
  defineElements();
  const cookies = readCookies();
  // The fast path decides on this read once the page is parsed (the module loader): nothing can
  // change the cookies before it decides. During parsing (the classic loader in <head>) a script
  // further down may still set or delete one, so it reads again then, unless there was no
  // consent cookie at all: then it only hands over to the full path, which reads them itself.
  const decidesOnThis = prefetchForFirstVisit(imports, cookies) || document.readyState !== 'loading';
  // Hovering a trigger fetches the banner; on the fast path that brings up the runtime too.
  listenForTriggers(consent, () => { consent.host().then((runtime) => runtime.loadUi()).catch(() => undefined); });
  return { page: new Page(consent, chunks.inline, decidesOnThis ? cookies : undefined), chunks };
}
