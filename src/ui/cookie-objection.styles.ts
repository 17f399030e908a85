import { css, unsafeCSS } from 'lit';
import { controlsCss } from './styles/controls.styles.js';
import { themeCss } from './styles/theme.styles.js';

export const styles = [unsafeCSS(themeCss + controlsCss), css`
  :host { all: initial; display: block; }
  .switch { font-weight: 400; font-size: 1em; gap: 0.75em; }
  p { margin: 0.5em 0 0; }
`];
