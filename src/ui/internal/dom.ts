/** A child of `h`: a node, text, or nothing (`false`, `undefined`, `''` are skipped). */
export type Child = Node | string | false | undefined;

/**
 * Creates an element with attributes (an `undefined` value is left out) and children. Text is
 * always text: no configuration string ever becomes HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string | undefined>> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A button with its `part` names, a click handler and more attributes (`class` is `button` unless given). */
export function button(part: string, text: string, onClick: () => void, attributes: Readonly<Record<string, string>> = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', class: 'button', part: `button ${part}`, ...attributes }, text);
  element.addEventListener('click', onClick);
  return element;
}

/** The shadow root the UI renders into: the page's `<cookie-consent>`'s, or a new element's on a `configure()` page without one. */
export function consentRoot(): ShadowRoot {
  const element = document.querySelector('cookie-consent') ?? document.body.appendChild(document.createElement('cookie-consent'));
  return element.shadowRoot ?? element.attachShadow({ mode: 'open' });
}
