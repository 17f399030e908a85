/**
 * The first layer's chunk (`dist/cookie-basis-ui.js`): loaded when something must be shown (at
 * loader start on a first visit, in parallel with the page language's texts). It is given the
 * page's `ConsentHost`, so it never holds consent state of its own.
 */
import type { UiModule } from '../core/chunks.js';
import { ConsentUi } from './internal/consent-ui.js';

export const mountConsentUi: UiModule['mountConsentUi'] = (host, strings) => {
  const ui = new ConsentUi(host, strings);
  return { show: (view) => { ui.show(view); } };
};
