import { css, unsafeCSS } from 'lit';
import { controlsCss } from './styles/controls.styles.js';
import { themeCss } from './styles/theme.styles.js';

export const styles = [unsafeCSS(themeCss + controlsCss), css`
  :host { all: initial; display: block; }
  section { margin: 0 0 calc(var(--_space) * 1.5); }
  .heading { font-size: 1.1em; font-weight: 700; margin: 0 0 0.25em; }
  p { margin: 0 0 0.5em; }
  .state { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.25em; }
  @media (max-width: 40rem) {
    table, thead, tbody, tr, th, td { display: block; }
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    tr { padding: 0.5em 0; border-bottom: 1px solid var(--cookie-border, var(--_border)); }
    td, tbody th { border: 0; padding: 0.1em 0; }
    td::before { content: attr(data-label) ': '; font-weight: 600; }
  }
  @media print {
    .theme { color-scheme: light; color: #000; }
    button { display: none; }
    table { page-break-inside: avoid; }
  }
`];
