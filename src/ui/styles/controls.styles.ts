/** Switches and cookie tables: shared by the preferences and the policy companions (never on the first layer). */
export const controlsCss = `
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
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; margin-top: 0.5em; }
  th, td { text-align: left; vertical-align: top; padding: 0.25em 0.5em 0.25em 0; border-bottom: 1px solid var(--cookie-border, var(--_border)); }
`;
