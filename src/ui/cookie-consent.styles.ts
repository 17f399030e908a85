import { css } from 'lit';

/**
 * Styles of the banner and dialog. Public tokens (`--cookie-*`) are read with fallbacks and never
 * declared here, so page values win; the private `--_*` values carry each theme's defaults
 * (contrast ≥ 4.5:1 in both). Everything is reset first: page CSS cannot reach in.
 */
export const styles = css`
  :host { all: initial; display: contents; }
  .theme {
    --_surface: #ffffff; --_text: #1d1d1f; --_muted: #4a4a55; --_accent: #1a56c4; --_on-accent: #ffffff;
    --_border: #8a8a94; --_focus: #1a56c4; --_surface-muted: #f2f2f4;
    --_space: var(--cookie-space, 1rem);
    color: var(--cookie-text, var(--_text));
    font: var(--cookie-font, 400 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  .dark {
    --_surface: #1f1f24; --_text: #f2f2f4; --_muted: #c8c8d0; --_accent: #8ab4ff; --_on-accent: #0b1a33;
    --_border: #8a8a94; --_focus: #8ab4ff; --_surface-muted: #2a2a30;
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      --_surface: #1f1f24; --_text: #f2f2f4; --_muted: #c8c8d0; --_accent: #8ab4ff; --_on-accent: #0b1a33;
      --_border: #8a8a94; --_focus: #8ab4ff; --_surface-muted: #2a2a30;
    }
  }
  *, *::before, *::after { box-sizing: border-box; }
  [hidden] { display: none !important; }
  h2 { font-size: 1.15em; line-height: 1.3; margin: 0 0 calc(var(--_space) / 2); font-weight: 700; }
  p { margin: 0 0 calc(var(--_space) / 2); }
  a { color: var(--cookie-accent, var(--_accent)); text-decoration: underline; }
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
    max-height: min(70vh, 40rem); overflow: auto;
  }
  .box { inset: auto var(--_space) var(--_space) auto; margin: 0; max-width: min(26rem, calc(100% - 2 * var(--_space))); }
  .banner .text { font-size: 0.95em; }
  .small { font-size: 0.9em; color: var(--cookie-text, var(--_muted)); }
  .actions { display: grid; gap: calc(var(--_space) / 2); grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); margin-top: calc(var(--_space) / 2); }
  .box .actions { grid-template-columns: 1fr; }
  button { font: inherit; margin: 0; cursor: pointer; }
  .button {
    min-height: 2.75rem; padding: 0.5em 1em; border-radius: var(--cookie-radius, 8px);
    border: 2px solid var(--cookie-accent, var(--_accent));
    background: var(--cookie-accent, var(--_accent)); color: var(--cookie-on-accent, var(--_on-accent));
    font-weight: 600;
  }
  .button:hover { filter: brightness(1.1); }
  :focus-visible { outline: 3px solid var(--cookie-focus-ring, var(--_focus)); outline-offset: 2px; }
  .close {
    position: absolute; top: calc(var(--_space) / 4); right: calc(var(--_space) / 4);
    width: 2.75rem; height: 2.75rem; border: 0; background: transparent; border-radius: 50%;
    color: inherit; font-size: 1.5rem; line-height: 1;
  }
  .banner, dialog { padding-right: calc(var(--_space) + 2.75rem); }
  .gpc { border-left: 4px solid var(--cookie-accent, var(--_accent)); padding-left: calc(var(--_space) / 2); }
  dialog {
    width: min(var(--cookie-dialog-width, 44rem), calc(100% - var(--_space)));
    max-height: calc(100% - 2 * var(--_space)); overflow: auto; position: fixed;
  }
  dialog::backdrop { background: rgb(0 0 0 / 50%); }
  ul { list-style: none; margin: var(--_space) 0; padding: 0; }
  li { border-top: 1px solid var(--cookie-border, var(--_border)); padding: calc(var(--_space) / 2) 0; }
  .row { display: flex; justify-content: space-between; align-items: center; gap: var(--_space); }
  .label { font-weight: 700; }
  .basis { font-size: 0.85em; color: var(--cookie-text, var(--_muted)); margin: 0.25em 0; }
  .always { font-size: 0.9em; font-weight: 600; }
  .switch { display: inline-flex; align-items: center; gap: 0.5em; cursor: pointer; font-size: 0.9em; font-weight: 600; }
  .switch input {
    appearance: none; margin: 0; width: 2.75rem; height: 1.5rem; border-radius: 1rem; cursor: pointer; flex: none;
    border: 2px solid var(--cookie-border, var(--_border)); background: var(--cookie-surface-muted, var(--_surface-muted));
    position: relative; transition: background-color 0.15s;
  }
  .switch input::before {
    content: ''; position: absolute; top: 2px; left: 2px; width: 1rem; height: 1rem; border-radius: 50%;
    background: var(--cookie-text, var(--_text)); transition: transform 0.15s;
  }
  .switch input:checked { background: var(--cookie-accent, var(--_accent)); border-color: var(--cookie-accent, var(--_accent)); }
  .switch input:checked::before { transform: translateX(1.2rem); background: var(--cookie-on-accent, var(--_on-accent)); }
  details { margin-top: 0.25em; font-size: 0.9em; }
  summary { cursor: pointer; color: var(--cookie-accent, var(--_accent)); width: fit-content; }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; margin-top: 0.5em; }
  th, td { text-align: left; vertical-align: top; padding: 0.25em 0.5em 0.25em 0; border-bottom: 1px solid var(--cookie-border, var(--_border)); }
  .notice { position: fixed; z-index: var(--cookie-z-index, 2147483000); inset: auto var(--_space) var(--_space) auto; max-width: 24rem; }
  @media (max-width: 40rem) {
    .banner, .box { inset: auto 0 0 0; margin: 0; width: 100%; max-width: none; border-radius: var(--cookie-radius, 8px) var(--cookie-radius, 8px) 0 0; max-height: 60vh; }
    .actions { grid-template-columns: 1fr; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner, .notice { animation: rise 0.2s ease-out; }
    @keyframes rise { from { transform: translateY(1rem); } }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;
