/** Styles of the first layer, the dialogs' frame and the reload notice (added to the shared theme). */
export const firstLayerCss = `
  :host { all: initial; display: contents; }
  h2 { font-size: 1.15em; line-height: 1.3; margin: 0 0 calc(var(--_space) / 2); font-weight: 700; }
  p { margin: 0 0 calc(var(--_space) / 2); }
  .panel {
    background: var(--cookie-surface, var(--_surface));
    color: var(--cookie-text, var(--_text));
    border: 1px solid var(--cookie-border, var(--_border));
    border-radius: var(--cookie-radius, 8px);
    box-shadow: 0 4px 24px rgb(0 0 0 / 25%);
    padding: var(--_space);
  }
  .banner {
    position: fixed; z-index: var(--cookie-z-index, 2147483000);
    inset: auto 0 0 0; margin: 0 auto calc(var(--_space) / 2);
    width: calc(100% - var(--_space)); max-width: var(--cookie-banner-max-width, 60rem);
    max-height: min(70vh, 40rem); display: flex; flex-direction: column;
  }
  .box { inset: auto var(--_space) var(--_space) auto; margin: 0; max-width: min(26rem, calc(100% - 2 * var(--_space))); }
  /* Moved to the top while the page element in focus would be hidden behind it at the bottom. */
  .banner.flipped { inset: 0 0 auto 0; margin: calc(var(--_space) / 2) auto 0; }
  .box.flipped { inset: var(--_space) var(--_space) auto auto; margin: 0; }
  /* The text scrolls when space is short; the buttons always stay in view. */
  .banner .text { font-size: 0.95em; overflow: auto; min-height: 0; flex: 0 1 auto; }
  .banner .actions { flex: none; }
  /* Equal buttons side by side while their words fit, else wrapped: never a word broken to make them fit. */
  .actions { display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2); margin-top: calc(var(--_space) / 2); }
  .actions .button { flex: 1 1 0; min-width: min(100%, max-content); }
  .box .actions { flex-direction: column; }
  .close {
    position: absolute; top: calc(var(--_space) / 4); right: calc(var(--_space) / 4);
    width: 2.75rem; height: 2.75rem; border: 0; background: transparent; border-radius: 50%;
    color: inherit; font-size: 1.5rem; line-height: 1;
  }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  h2 { padding-right: 2.75rem; }
  h2:focus { outline: none; }
  .gpc { border-left: 4px solid var(--cookie-accent, var(--_accent)); padding-left: calc(var(--_space) / 2); }
  dialog {
    width: min(var(--cookie-dialog-width, 44rem), calc(100% - var(--_space)));
    max-height: calc(100% - 2 * var(--_space)); overflow: auto; position: fixed;
  }
  dialog::backdrop { background: rgb(0 0 0 / 50%); }
  .notice { position: fixed; z-index: var(--cookie-z-index, 2147483000); inset: auto var(--_space) var(--_space) auto; max-width: 24rem; }
  @media (max-width: 40rem) {
    .banner, .box { inset: auto 0 0 0; margin: 0; width: 100%; max-width: none; border-radius: var(--cookie-radius, 8px) var(--cookie-radius, 8px) 0 0; max-height: 60vh; }
    .banner.flipped, .box.flipped { inset: 0 0 auto 0; margin: 0; border-radius: 0 0 var(--cookie-radius, 8px) var(--cookie-radius, 8px); }
  }
  /*
   * Little height (a phone held sideways, 400 % zoom): the whole banner scrolls, so its text is
   * never squeezed to nothing while only the title and the buttons show (WCAG 1.4.10).
   */
  @media (max-height: 30rem) {
    .banner { display: block; overflow: auto; max-height: 85vh; }
    .banner .text { overflow: visible; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner, .notice { animation: rise 0.2s ease-out; }
    @keyframes rise { from { transform: translateY(1rem); } }
  }
`;
