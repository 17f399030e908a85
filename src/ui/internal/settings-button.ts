import type { ConsentHost } from '../../core/host.js';
import { consentRoot } from './dom.js';

const CSS = `[part=settings-button]{position:fixed;z-index:var(--cookie-z-index,2147483000);left:1rem;bottom:1rem;width:3rem;height:3rem;border-radius:50%;
border:2px solid #fff;background:var(--cookie-accent,#1a56c4);color:var(--cookie-on-accent,#fff);font:1.4rem/1 system-ui;cursor:pointer}
[part=settings-button]:focus-visible{outline:3px solid var(--cookie-focus-ring,#1a56c4);outline-offset:3px}`;

/**
 * The small floating button that reopens the preferences (`settings-button` attribute), in the
 * page's `<cookie-consent>` (`configure()` pages get a host of their own). In the in-page
 * controls' chunk with the placeholders, so returning visitors get it without the banner's.
 * While the banner asks, the button waits; the UI shows it once the question is answered.
 */
export function addSettingsButton(host: ConsentHost): void {
  host.strings().then((strings) => {
    mount(consentRoot(), strings.settingsButton, host.current.mustAsk, () => { host.show('preferences'); });
  }, () => undefined);
}

function mount(root: ShadowRoot, label: string, hidden: boolean, open: () => void): void {
  if (root.querySelector('[part="settings-button"]')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'settings-button');
  button.setAttribute('aria-label', label);
  button.title = label;
  button.textContent = '⚙';
  button.addEventListener('click', open);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // unstyled but usable
  }
  button.hidden = hidden;
  root.append(button);
}
