/**
 * The policy companions' chunk (`dist/cookie-basis-companions.js`): loaded by the UI chunk only
 * when a `<cookie-declaration>` or `<cookie-objection>` is on the page.
 */
import type { ConsentRuntime } from '../core/runtime.js';
import { CookieDeclarationElement } from './cookie-declaration.js';
import { CookieObjectionElement } from './cookie-objection.js';
import { provideRuntime } from './internal/runtime-context.js';

/** Hands them the page's runtime and defines both elements (once, whatever build came first). */
export function defineCompanions(runtime: ConsentRuntime): void {
  provideRuntime(runtime);
  if (!customElements.get('cookie-declaration')) customElements.define('cookie-declaration', CookieDeclarationElement);
  if (!customElements.get('cookie-objection')) customElements.define('cookie-objection', CookieObjectionElement);
}
