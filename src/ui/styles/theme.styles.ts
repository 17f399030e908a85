/**
 * The theme every cookie-basis element shares. Public tokens (`--cookie-*`) are read with
 * fallbacks and never declared here, so page values win; the private `--_*` values carry each
 * theme's defaults (contrast at least 4.5:1 in both). Hosts reset inherited styles with
 * `all: initial`, so page CSS cannot reach in.
 */
export const themeCss = `
  .theme {
    color-scheme: light dark;
    --_surface: light-dark(#ffffff, #1f1f24); --_text: light-dark(#1d1d1f, #f2f2f4); --_muted: light-dark(#4a4a55, #c8c8d0);
    --_accent: light-dark(#1a56c4, #8ab4ff); --_on-accent: light-dark(#ffffff, #0b1a33); --_border: #8a8a94;
    --_focus: light-dark(#1a56c4, #8ab4ff); --_surface-muted: light-dark(#f2f2f4, #2a2a30);
    --_space: var(--cookie-space, 1rem);
    color: var(--cookie-text, var(--_text));
    font: var(--cookie-font, 400 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  .light { color-scheme: light; }
  .dark { color-scheme: dark; }
  *, *::before, *::after { box-sizing: border-box; }
  [hidden] { display: none !important; }
  a { color: var(--cookie-accent, var(--_accent)); text-decoration: underline; }
  :focus-visible { outline: 3px solid var(--cookie-focus-ring, var(--_focus)); outline-offset: 2px; }
  button { font: inherit; margin: 0; cursor: pointer; }
  .button {
    min-height: 2.75rem; padding: 0.5em 1em; border-radius: var(--cookie-radius, 8px);
    border: 2px solid var(--cookie-accent, var(--_accent));
    background: var(--cookie-accent, var(--_accent)); color: var(--cookie-on-accent, var(--_on-accent));
    font-weight: 600;
  }
  .button:hover { filter: brightness(1.1); }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;
