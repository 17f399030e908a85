import { css } from 'lit';
import { theme } from './styles/theme.styles.js';

export const styles = [theme, css`
  :host { all: initial; display: block; }
  .switch { font-weight: 400; font-size: 1em; gap: 0.75em; }
  p { margin: 0.5em 0 0; }
`];
