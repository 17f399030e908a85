import type { ConsentApi } from './api.js';

const ACTIONS = {
  preferences: 'showPreferences',
  banner: 'showBanner',
  'accept-all': 'acceptAll',
  'reject-all': 'rejectAll',
} as const satisfies Record<string, keyof ConsentApi>;

/**
 * Makes every `[data-consent]` element on the page an invoker of the API (`preferences`,
 * `banner`, `accept-all`, `reject-all`), also ones added later; hovering or focusing one
 * preloads the banner's chunk.
 */
export function listenForTriggers(api: ConsentApi, preload: () => void): void {
  const actionOf = (event: Event): keyof ConsentApi | undefined => {
    const trigger = event.target instanceof Element ? event.target.closest('[data-consent]') : null;
    const action = trigger?.getAttribute('data-consent');
    return action && Object.hasOwn(ACTIONS, action) ? ACTIONS[action as keyof typeof ACTIONS] : undefined;
  };
  document.addEventListener('click', (event) => {
    const method = actionOf(event);
    if (!method) return;
    event.preventDefault();
    (api[method] as () => void).call(api);
  });
  for (const type of ['pointerover', 'focusin']) {
    document.addEventListener(type, (event) => {
      if (actionOf(event)) preload();
    }, { passive: true });
  }
}
