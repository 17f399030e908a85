// The npm entry started again in the same document (React StrictMode's double effect in
// development, start() followed by configure()): one state, one set of listeners, one banner.
import { expect } from '@open-wc/testing';
import { configure, consent, start } from '../src/index.js';
import { waitFor } from './helpers/page.js';

describe('npm entry', () => {
  it('starts once however often start() and configure() are called', async () => {
    const ready: Event[] = [];
    document.addEventListener('consent-ready', (event) => ready.push(event));
    const options = { categories: [{ name: 'necessary', basis: 'contract' as const }, { name: 'marketing', basis: 'consent' as const }] };
    expect(configure(options)).to.equal(consent);
    expect(configure(options)).to.equal(consent);
    expect(start()).to.equal(consent);
    expect(ready.length).to.equal(1);
    const banners = await waitFor(() => {
      const found = document.querySelector('cookie-consent')?.shadowRoot?.querySelectorAll('[part~="banner"]');
      return found && found.length > 0 && found;
    }, 'the banner');
    expect(banners.length).to.equal(1);
    expect(document.querySelectorAll('cookie-consent').length).to.equal(1);
  });
});
