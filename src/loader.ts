/**
 * Script-tag entry (`dist/cookie-basis.js`, and `dist/cookie-basis.iife.js` for `<head>`): the
 * consent core only. The UI chunk is imported from beside this file when something must be shown.
 */
import { ConsentFacade } from './core/api.js';
import type { UiModule } from './core/runtime.js';
import { start } from './start.js';

const base = import.meta.url;

start(new ConsentFacade(), {
  loadUi: () => import(/* @vite-ignore */ new URL('cookie-basis-ui.js', base).href) as Promise<UiModule>,
});
