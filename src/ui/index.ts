/**
 * The UI chunk (`dist/cookie-basis-ui.js`): loaded by the loader only when something must be
 * shown. It receives the page's runtime, so it never holds consent state of its own.
 */
import type { ConsentRuntime, UiModule, UiView } from '../core/runtime.js';
import { ConsentUi } from './internal/consent-ui.js';

export const mountConsentUi: UiModule['mountConsentUi'] = (runtime: ConsentRuntime) => {
  const ui = new ConsentUi(runtime);
  return { show: (view: UiView) => { ui.show(view); } };
};
