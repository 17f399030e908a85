import { expect } from '@open-wc/testing';
import { pagesPerTest, waitFor } from './helpers/page.js';

/** `vendor=1` adds a third-party cookie of a new provider to the shop's marketing category, under the same revision. */
const withNewVendor = { query: { vendor: '1' } };

describe('a changed offer asks again', () => {
  const pages = pagesPerTest();

  it('a consent given before a vendor joined the category no longer counts: the banner asks, the objection-free defaults stay', async () => {
    const page = await pages.open();
    await page.win.cookieBasis!.acceptAll();
    page.close();
    const changed = await pages.open(withNewVendor);
    await changed.part('banner');
    expect(changed.win.cookieBasis!.allowed('marketing')).to.equal(false);
    expect(changed.win.cookieBasis!.allowed('statistics')).to.equal(true);
    expect(changed.ran()).to.not.include('marketing');
    await waitFor(() => changed.win.__messages.some((m) => m.startsWith('info') && m.includes('offer-changed')), 'the offer-changed note');
    await changed.win.cookieBasis!.acceptAll();
    changed.close();
    const again = await pages.open(withNewVendor);
    expect((await again.win.cookieBasis!.ready).mustAsk, 'no banner once the new offer is accepted').to.equal(false);
    expect(again.win.cookieBasis!.allowed('marketing')).to.equal(true);
  });

  it('a refusal stays a refusal and does not ask again', async () => {
    const page = await pages.open();
    await page.win.cookieBasis!.rejectAll();
    page.close();
    const changed = await pages.open(withNewVendor);
    expect((await changed.win.cookieBasis!.ready).mustAsk).to.equal(false);
    expect(changed.win.cookieBasis!.allowed('marketing')).to.equal(false);
  });

  it('other wording (another language) is not another offer', async () => {
    const page = await pages.open();
    await page.win.cookieBasis!.acceptAll();
    page.close();
    const german = await pages.open({ lang: 'de' });
    expect((await german.win.cookieBasis!.ready).mustAsk).to.equal(false);
    expect(german.win.cookieBasis!.allowed('marketing')).to.equal(true);
  });
});
