import { boot, markupReady, runningApi } from './boot.js';
import type { ConsentFacade } from './core/api.js';
import type { ChunkImports } from './core/chunks.js';
import type { ConsentOptions } from './core/options.js';
import { runFull } from './full.js';

/**
 * Starts cookie-basis once per page on the full path (the npm entry: an app's bundle has no
 * use for the script tag's fast path): defines the elements, reads the configuration (the
 * options given, else the page's `<cookie-consent>` markup), and connects `consent` to the
 * page's state. A second start, by this build or another one, keeps the first state and listeners.
 */
export function start(consent: ConsentFacade, imports: ChunkImports, given?: ConsentOptions): ConsentFacade {
  const booted = boot(consent, imports);
  // A second start (StrictMode's double effect, start() then configure(), another build) keeps the first.
  if (!booted) return runningApi() ?? consent;
  // Options start at once; markup once it is parsed.
  const running = given ? runFull(booted.page, imports, { element: null, given }) : markupReady().then((element) => runFull(booted.page, imports, { element }));
  running.catch(() => undefined);
  consent.reachVia(() => running);
  return consent;
}
