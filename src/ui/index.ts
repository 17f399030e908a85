/**
 * The UI chunk (`dist/cookie-basis-ui.js`): loaded by the loader only when something must be
 * shown. It receives the page's runtime, so it never holds consent state of its own.
 */
import type { ConsentRuntime, UiModule, UiView } from '../core/runtime.js';
import { CookieDeclarationElement } from './cookie-declaration.js';
import { CookieObjectionElement } from './cookie-objection.js';
import { ConsentUi } from './internal/consent-ui.js';
import { provideRuntime } from './internal/runtime-context.js';

export const mountConsentUi: UiModule['mountConsentUi'] = (runtime: ConsentRuntime) => {
  provideRuntime(runtime);
  if (!customElements.get('cookie-declaration')) customElements.define('cookie-declaration', CookieDeclarationElement);
  if (!customElements.get('cookie-objection')) customElements.define('cookie-objection', CookieObjectionElement);
  const ui = new ConsentUi(runtime);
  return { show: (view: UiView) => { ui.show(view); } };
};
