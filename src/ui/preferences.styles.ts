/** Styles of the preferences' content: the category list, its rows and details. */
export const preferencesCss = `
  .small { font-size: 0.9em; color: var(--cookie-text, var(--_muted)); }
  /* The categories scroll; title and buttons stay in view. */
  dialog[open]:not(.banner-dialog) { display: flex; flex-direction: column; overflow: hidden; }
  dialog ul { overflow: auto; min-height: 0; flex: 0 1 auto; }
  ul { list-style: none; margin: var(--_space) 0; padding: 0; }
  li { border-top: 1px solid var(--cookie-border, var(--_border)); padding: calc(var(--_space) / 2) 0; }
  .row { display: flex; justify-content: space-between; align-items: center; gap: calc(var(--_space) / 2); }
  /* A long label wraps between words; the switch and its state keep their room on screen. */
  .label { font-weight: 700; min-width: 0; overflow-wrap: break-word; }
  .row > .switch, .row > .always { flex: none; }
  /* Little height (400 % zoom): the whole dialog scrolls, so the list never shrinks to nothing. */
  @media (max-height: 30rem) {
    dialog[open]:not(.banner-dialog) { display: block; overflow: auto; }
    dialog ul { overflow: visible; }
  }
  .basis { font-size: 0.85em; color: var(--cookie-text, var(--_muted)); margin: 0.25em 0; }
  .always { font-size: 0.9em; font-weight: 600; }
  details { margin-top: 0.25em; font-size: 0.9em; }
  .services { margin: 0.25em 0 0 1.25em; }
  .services li { border-top-style: dashed; }
  .receipt { margin: 0 0 var(--_space); overflow-wrap: anywhere; }
  summary { cursor: pointer; color: var(--cookie-accent, var(--_accent)); width: fit-content; }
`;
