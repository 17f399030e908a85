/**
 * The UI chunk (`dist/cookie-basis-ui.js`): loaded by the loader only when something must be
 * shown. It receives the page's runtime, so it never holds consent state of its own. The policy
 * companions come in a chunk of their own, only where a page has them.
 */
import type { ConsentRuntime, UiModule, UiView } from '../core/runtime.js';
import { ConsentUi } from './internal/consent-ui.js';

export const mountConsentUi: UiModule['mountConsentUi'] = (runtime: ConsentRuntime) => {
  const ui = new ConsentUi(runtime);
  let companions: Promise<void> | undefined;
  return {
    show: (view: UiView) => { ui.show(view); },
    companions: () => (companions ??= import('./companions.js').then((module) => { module.defineCompanions(runtime); })),
  };
};
