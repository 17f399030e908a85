const SIGNS = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

/**
 * Calls `load` once the visitor reaches for `element` (a pointer over it, a touch, focus, a key):
 * the code behind a button arrives well before the click lands, and a visitor who never
 * reaches for it never fetches it.
 */
export function onReach(element: EventTarget, load: () => unknown): void {
  let done = false;
  const reach = (): void => {
    if (done) return;
    done = true;
    for (const type of SIGNS) element.removeEventListener(type, reach);
    load();
  };
  for (const type of SIGNS) element.addEventListener(type, reach, { passive: true });
}
