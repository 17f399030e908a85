/**
 * Script-tag entry (`dist/cookie-basis.js`, and `dist/cookie-basis.iife.js` for `<head>`): the
 * fast path only. Everything else is imported from files beside this one when it is needed.
 */
import { DEPENDENCIES } from 'cookie-basis:chunk-graph';
import { ConsentFacade } from './core/api.js';
import type { WritePath } from './core/chunks.js';
import type { Strings } from './i18n/strings.js';
import type { NationalLaw } from './jurisdictions/law.js';
import { start } from './start.js';

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
/** Fetches a chunk and its imports into the module map without running them (`<link rel=modulepreload>`: cheap for this thread). */
const preload = (file: string): void => {
  for (const name of [file, ...DEPENDENCIES[file] ?? []]) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url(name);
    if (nonce) link.nonce = nonce;
    document.head.append(link);
  }
};

start(new ConsentFacade(), {
  write: () => load<{ writePath: WritePath }>('cookie-basis-write.js').then((module) => module.writePath),
  messages: () => load('cookie-basis-messages.js'),
  ui: () => load('cookie-basis-ui.js'),
  inline: () => load('cookie-basis-inline.js'),
  companions: () => load('cookie-basis-companions.js'),
  strings: (lang) => load<{ strings: Strings }>(`cookie-basis-lang-${lang}.js`).then((module) => module.strings),
  law: (jurisdiction) => load<{ law: NationalLaw }>(`cookie-basis-law-${jurisdiction}.js`).then((module) => module.law),
  preloadFirstVisit: (lang) => {
    for (const file of ['cookie-basis-ui.js', `cookie-basis-lang-${lang}.js`]) preload(file);
  },
});
