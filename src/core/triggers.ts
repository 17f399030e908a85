import type { ConsentFacade } from './api.js';

const VIEWS = { preferences: 'showPreferences', banner: 'showBanner' } as const;
/** An element on the page that reopens the preferences (ours, or vanilla-cookieconsent's markup). */
export const REOPEN_TRIGGER = '[data-consent="preferences"],[data-cc="show-preferencesModal"]';
const ANSWERS = { 'accept-all': true, 'reject-all': false } as const;
const SAVE = 'save';
/** vanilla-cookieconsent v3's `data-cc` values, by the `data-consent` value that does the same. */
const VANILLA: Readonly<Record<string, string>> = {
  'show-preferencesModal': 'preferences', 'show-consentModal': 'banner', 'accept-all': 'accept-all', 'accept-necessary': 'reject-all', 'accept-custom': SAVE,
};

/**
 * Makes every `[data-consent]` element on the page an invoker of the API (`preferences`,
 * `banner`, `accept-all`, `reject-all`, `save`; vanilla-cookieconsent's `data-cc` values too), also ones added later; hovering or focusing one
 * preloads the banner's chunk. An answer given this way is recorded with source `trigger`
 * and the element's text, never as a banner click.
 */
export function listenForTriggers(api: ConsentFacade, preload: () => void): void {
  const triggerOf = (event: Event): { element: Element; action: string } | undefined => {
    const element = event.target instanceof Element ? event.target.closest('[data-consent],[data-cc]') : null;
    const vanilla = element?.getAttribute('data-cc');
    const action = element?.getAttribute('data-consent') ?? (vanilla && Object.hasOwn(VANILLA, vanilla) ? VANILLA[vanilla] : undefined);
    return element && action && (Object.hasOwn(VIEWS, action) || Object.hasOwn(ANSWERS, action) || action === SAVE) ? { element, action } : undefined;
  };
  document.addEventListener('click', (event) => {
    const trigger = triggerOf(event);
    if (!trigger) return;
    event.preventDefault();
    const { element, action } = trigger;
    if (Object.hasOwn(ANSWERS, action)) void api.answer(ANSWERS[action as keyof typeof ANSWERS], 'trigger', element.textContent);
    else if (action === SAVE) api.saveAsShown();
    else api[VIEWS[action as keyof typeof VIEWS]]();
  });
  for (const type of ['pointerover', 'focusin']) {
    document.addEventListener(type, (event) => {
      if (triggerOf(event)) preload();
    }, { passive: true });
  }
}
