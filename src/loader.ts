/**
 * Script-tag entry (`dist/cookie-basis.js`, and `dist/cookie-basis.iife.js` for `<head>`): the
 * fast path only. Everything else is imported from files beside this one when it is needed.
 */
import { DEPENDENCIES } from 'cookie-basis:chunk-graph';
import { boot, markupReady } from './boot.js';
import { ConsentFacade } from './core/api.js';
import type { ChunkImports, WritePath } from './core/chunks.js';
import type { ConsentState } from './core/model.js';
import type { ConsentRuntime } from './core/runtime.js';
import { startFast } from './fast.js';
import type { runFull } from './full.js';
import type { Strings } from './i18n/strings.js';
import type { NationalLaw } from './jurisdictions/law.js';

const base = import.meta.url;
const url = (file: string): string => new URL(file, base).href;
/** Imports a chunk and, in parallel, the chunks it imports (so they are not fetched one after the other). */
const load = <T>(file: string): Promise<T> => {
  for (const dependency of DEPENDENCIES[file] ?? []) import(/* @vite-ignore */ url(dependency)).catch(() => undefined);
  return import(/* @vite-ignore */ url(file)) as Promise<T>;
};

/**
 * The page's script nonce, for the preload hints under a nonce-based CSP: this script's (the
 * classic loader), else any nonced script's (a module script has no `currentScript`).
 */
const nonce = (document.currentScript instanceof HTMLScriptElement ? document.currentScript : document.querySelector<HTMLScriptElement>('script[nonce]'))?.nonce;
/** Fetches a chunk and its imports into the module map without running them (`<link rel=modulepreload>`; one already asked for is not fetched again). */
const preload = (file: string): void => {
  for (const name of [file, ...DEPENDENCIES[file] ?? []]) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url(name);
    if (nonce) link.nonce = nonce;
    document.head.append(link);
  }
};

const imports: ChunkImports = {
  write: () => load<{ writePath: WritePath }>('cookie-basis-write.js').then((module) => module.writePath),
  messages: () => load('cookie-basis-messages.js'),
  ui: () => load('cookie-basis-ui.js'),
  inline: () => load('cookie-basis-inline.js'),
  companions: () => load('cookie-basis-companions.js'),
  strings: (lang) => load<{ strings: Strings }>(`cookie-basis-lang-${lang}.js`).then((module) => module.strings),
  law: (jurisdiction) => load<{ law: NationalLaw }>(`cookie-basis-law-${jurisdiction}.js`).then((module) => module.law),
  preloadFirstVisit: (lang) => {
    for (const file of [FULL_PATH, 'cookie-basis-ui.js', `cookie-basis-lang-${lang}.js`]) preload(file);
  },
};

/** The full path's chunk: the configuration parsed and validated, the runtime, the integrations. */
const FULL_PATH = 'cookie-basis-runtime.js';
const consent = new ConsentFacade();
const booted = boot(consent, imports);
if (booted) {
  const { page } = booted;
  const markup = markupReady();
  /** The state the fast path applied, which the full path continues from. */
  let early: ConsentState | undefined;
  let full: Promise<ConsentRuntime> | undefined;
  /** Brings up the full path once, continuing from the fast path's state if it applied one. */
  const takeover = (): Promise<ConsentRuntime> => (full ??= Promise.all([markup, load<{ runFull: typeof runFull }>(FULL_PATH)])
    .then(([element, module]) => module.runFull(page, imports, { element, handover: early })));
  consent.reachVia(takeover);
  const ignore = (): void => undefined;
  void markup.then((element) => {
    early = element ? startFast(page, element, () => { takeover().catch(ignore); }) : undefined;
    if (!early) takeover().catch(ignore);
  });
}
