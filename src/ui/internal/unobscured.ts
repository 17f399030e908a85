/** The element's box and the banner's overlap in the viewport. */
function overlaps(element: Element, banner: Element): boolean {
  const a = element.getBoundingClientRect();
  const b = banner.getBoundingClientRect();
  return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
}

/**
 * While a bar or a box covers part of the page, page content that receives focus is never hidden
 * behind it (WCAG 2.4.11): the page scrolls it clear of the banner. Near the end of the page, an
 * empty spacer after the page's content (nothing above it moves) gives the room to scroll; and
 * where even that cannot help, the banner moves to the top edge until the next page element
 * takes the focus. Returns what stops watching (and removes the spacer).
 */
export function keepFocusVisible(banner: HTMLElement, host: Element): () => void {
  let spacer: HTMLElement | undefined;
  const scrollClear = (target: Element): void => {
    const gap = target.getBoundingClientRect().bottom - banner.getBoundingClientRect().top;
    window.scrollBy({ top: gap + 8, behavior: 'instant' });
  };
  const clear = (target: Element): void => {
    if (!banner.isConnected || !target.isConnected) return;
    banner.classList.remove('flipped');
    if (!overlaps(target, banner)) return;
    scrollClear(target);
    if (!overlaps(target, banner)) return;
    if (!spacer) {
      spacer = document.createElement('div');
      spacer.setAttribute('aria-hidden', 'true');
      spacer.setAttribute('data-cookie-basis-spacer', '');
      document.body.append(spacer);
    }
    spacer.style.height = `${String(Math.ceil(banner.getBoundingClientRect().height))}px`;
    scrollClear(target);
    if (overlaps(target, banner)) banner.classList.add('flipped');
  };
  const onFocus = (event: FocusEvent): void => {
    const target = event.target;
    // Focus inside the banner is retargeted to its host: nothing to clear then. The browser
    // scrolls the focused element into view after this event: measure once it has.
    if (target instanceof Element && target !== host) requestAnimationFrame(() => { clear(target); });
  };
  document.addEventListener('focusin', onFocus);
  // Focus given while the banner still rises was measured against where it was then: measure again where it settled.
  const onSettled = (): void => {
    const active = document.activeElement;
    if (active && active !== host && active !== document.body) clear(active);
  };
  banner.addEventListener('animationend', onSettled, { once: true });
  return () => {
    banner.removeEventListener('animationend', onSettled);
    document.removeEventListener('focusin', onFocus);
    spacer?.remove();
  };
}
