/**
 * The full path: parses and validates the configuration, reads the record, decides, and
 * connects the runtime to the page. The loader imports it (`cookie-basis-runtime.js`) when the
 * fast path has no ticket for this page view or something needs more than the ticket; the npm
 * entry runs it at once.
 */
import { chunks as memoized, type ChunkImports } from './core/chunks.js';
import { parseConfig } from './core/config.js';
import { readMarkup } from './core/config-markup.js';
import { afterParsing } from './core/dom.js';
import type { ConsentState } from './core/model.js';
import type { ConsentOptions } from './core/options.js';
import { report, setPrinterLoader } from './core/report.js';
import { ConsentRuntime } from './core/runtime.js';
import { fingerprint } from './core/ticket.js';
import { connectPage } from './connect.js';
import type { Page } from './page.js';

/** Where the configuration comes from, and the fast path's state when the runtime takes over from it. */
export interface FullStart {
  /** The page's `<cookie-consent>` (`null`: none; a policy companion's `src` may configure the page). */
  readonly element: Element | null;
  /** Options given to `configure()`, instead of markup. */
  readonly given?: ConsentOptions;
  readonly handover?: ConsentState;
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
 * Reads the configuration (the options given, else the markup, else a JSON file), reports its
 * problems, and connects a runtime to the page. Resolves with the runtime; rejects when the page
 * has no configuration at all.
 */
export function runFull(page: Page, imports: ChunkImports, { element, given, handover }: FullStart): Promise<ConsentRuntime> {
  const chunks = memoized(imports);
  setPrinterLoader(() => chunks.messages().then((messages) => messages.print));
  return new Promise((resolve, reject) => {
    /** Only a configuration read from markup alone has a fingerprint: the fast path cannot see a file's or a script's options. */
    const run = (raw: unknown, markup?: Element): void => {
      const { config, problems } = parseConfig(raw);
      for (const { key, args } of problems) report(key, ...args);
      const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
      const runtime = new ConsentRuntime(config, { chunks, gpc });
      connectPage(runtime, page, chunks, { fingerprint: markup && fingerprint(markup), problems, handover });
      resolve(runtime);
    };
    if (given) {
      run(given);
      return;
    }
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
        run(markup, element);
      }
      afterParsing(warnIfSeveral);
      return;
    }
    const src = document.querySelector('cookie-declaration[src], cookie-objection[src]')?.getAttribute('src');
    if (!src) {
      report('noElement');
      reject(new Error('no configuration'));
      return;
    }
    loadJson(src).then(run, (error: unknown) => {
      report('invalidJsonSrc', src, String(error));
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}
