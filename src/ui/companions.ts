/**
 * The policy companions' chunk (`dist/cookie-basis-companions.js`): loaded only when a
 * `<cookie-declaration>` or `<cookie-objection>` is on the page. It shares lit with the
 * preferences (one copy, in a chunk of its own).
 */
import type { ConsentHost } from '../core/host.js';
import { CookieDeclarationElement } from './cookie-declaration.js';
import { CookieObjectionElement } from './cookie-objection.js';
import { provideHost } from './internal/host-context.js';

/** Hands them the page's consent host and defines both elements (once, whatever build came first). */
export function defineCompanions(host: ConsentHost): void {
  // The write path comes along: a switch applies at once, even when the visitor leaves right after.
  Promise.all([host.strings(), host.write()]).then(([strings]) => {
    provideHost(host, strings);
    if (!customElements.get('cookie-declaration')) customElements.define('cookie-declaration', CookieDeclarationElement);
    if (!customElements.get('cookie-objection')) customElements.define('cookie-objection', CookieObjectionElement);
  }, () => undefined);
}
