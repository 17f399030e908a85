import { expect } from '@open-wc/testing';
import { pagesPerTest, waitFor } from '../helpers/page.js';

describe('lint on the page', () => {
  const pages = pagesPerTest();

  it('shows the floating settings button by itself where nothing else reopens the preferences, and names what is missing', async () => {
    const page = await pages.open({ page: 'bare.html' });
    await page.win.cookieBasis?.rejectAll();
    const button = await page.part('settings-button');
    await waitFor(() => !button.hidden, 'the settings button');
    button.click();
    await waitFor(() => page.root.querySelector<HTMLDialogElement>('[part~="dialog"]')?.open, 'the preferences');
    await waitFor(() => page.win.__messages.some((m) => m.includes('no-reopen')), 'the no-reopen message');
    expect(page.win.__messages.some((m) => m.startsWith('warn') && m.includes('no-policy-url'))).to.equal(true);
    expect(page.win.__messages.some((m) => m.startsWith('error') && m.includes('live-gated-script') && m.includes('data-category="marketing"'))).to.equal(true);
  });

  it('reports Accept and Reject made unequal by page CSS', async () => {
    const page = await pages.open();
    await page.win.cookieBasis?.rejectAll();
    const style = page.doc.createElement('style');
    style.textContent = 'cookie-consent::part(button-reject-all) { background: transparent; color: gray; font-size: 0.7em; }';
    page.doc.head.append(style);
    page.win.cookieBasis?.showBanner();
    await page.part('banner');
    await waitFor(() => page.win.__messages.some((m) => m.startsWith('error') && m.includes('unequal-buttons')), 'the unequal-buttons error');
    const message = page.win.__messages.find((m) => m.includes('unequal-buttons')) ?? '';
    expect(message).to.contain('background-color').and.contain('font-size');
  });

  it('says nothing about buttons that carry the same weight', async () => {
    const page = await pages.open();
    await page.part('banner');
    await page.win.cookieBasis?.rejectAll();
    page.win.cookieBasis?.showBanner();
    await page.part('banner');
    // The lint of a development host has printed by the time the preferences' lint has: the check ran before it.
    page.win.cookieBasis?.showPreferences();
    await waitFor(() => page.win.__messages.some((m) => m.includes('li-declares-cookies')), 'the lint');
    expect(page.win.__messages.filter((m) => m.includes('unequal-buttons'))).to.deep.equal([]);
  });
});
