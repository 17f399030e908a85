/** The policy companions' tags: a page with one needs the full path. */
export const COMPANIONS = 'cookie-declaration,cookie-objection';

/** Calls `callback` once the document is parsed. */
export function afterParsing(callback: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
}

/** Runs `callback` when the page is idle (after a second where the browser cannot tell). */
export function whenIdle(callback: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback);
  else setTimeout(callback, 1000);
}

/** Calls `callback` once an element matching `selector` is on the page (now or later). */
export function whenPresent(selector: string, callback: () => void): void {
  if (document.querySelector(selector)) {
    callback();
    return;
  }
  const observer = new MutationObserver((records) => {
    const added = records.some((record) => Array.from(record.addedNodes).some((node) =>
      node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null)));
    if (!added) return;
    observer.disconnect();
    callback();
  });
  observer.observe(document, { childList: true, subtree: true });
}
