import { expect } from '@open-wc/testing';
import { sha256 } from '../src/core/sha256.js';
import { pagesPerTest, waitFor, type TestPage } from './helpers/page.js';

interface Logged { path: string; body?: string; cookie: boolean }

const normalized = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The record as the third party (another origin) received it. */
async function received(page: TestPage): Promise<{ record: Record<string, unknown>; cookie: boolean }> {
  const entry = await waitFor(async () => {
    const entries = (await (await fetch(`/__log/${page.token}`)).json()) as Logged[];
    return entries.find((e) => e.path === 'record');
  }, 'the record POST');
  return { record: JSON.parse(entry.body ?? '{}') as Record<string, unknown>, cookie: entry.cookie };
}

const elsewhere = (token: string): Record<string, string> => ({ 'record-url': `http://127.0.0.1:${location.port}/tp/${token}/record` });

describe('the consent record shows how consent was obtained', () => {
  const pages = pagesPerTest();

  it('names the banner as the source, the page, the offer and the SHA-256 of the texts shown, and goes to another origin without cookies', async () => {
    const token = `t${String(Date.now())}banner`;
    const page = await pages.open({ token, attrs: elsewhere(token) });
    const banner = await page.part('banner');
    const shown = normalized(banner.textContent);
    (await page.part('button-reject-all')).click();
    const { record, cookie } = await received(page);
    expect(cookie).to.equal(false);
    expect(record).to.include({ source: 'banner', method: 'reject-all', origin: location.origin, path: '/test/pages/shop.html', jurisdiction: 'eu' });
    expect(record.textHash).to.equal(sha256(shown));
    expect(record.configHash).to.match(/^[0-9a-f]{8}$/);
    expect(record.choices).to.deep.equal({ statistics: false, audience: false, marketing: false });
  });

  it('records a data-consent button on the page as a trigger with its own text, never as a banner click', async () => {
    const token = `t${String(Date.now())}trigger`;
    const page = await pages.open({ token, page: 'site-config.html', attrs: elsewhere(token) });
    const button = page.doc.querySelector<HTMLButtonElement>('[data-consent="accept-all"]')!;
    button.click();
    const { record } = await received(page);
    expect(record).to.include({ source: 'trigger', method: 'accept-all' });
    expect(record.textHash).to.equal(sha256('Allow advertising'));
  });

  it('understands vanilla-cookieconsent\'s data-cc triggers', async () => {
    const page = await pages.open({ page: 'site-config.html' });
    page.doc.querySelector<HTMLElement>('[data-cc="accept-necessary"]')!.click();
    await waitFor(() => page.win.cookieBasis!.record, 'the choice');
    expect(page.win.cookieBasis!.record).to.include({ method: 'reject-all', source: 'trigger' });
    page.doc.querySelector<HTMLElement>('[data-cc="show-preferencesModal"]')!.click();
    const dialog = await page.part<HTMLDialogElement>('dialog');
    await waitFor(() => dialog.open, 'the preferences');
  });

  it('saves the state as it stands for vanilla\'s accept-custom, as a trigger', async () => {
    const page = await pages.open({ page: 'site-config.html' });
    page.doc.querySelector<HTMLElement>('[data-cc="accept-custom"]')!.click();
    await waitFor(() => page.win.cookieBasis!.record, 'the choice');
    expect(page.win.cookieBasis!.record).to.include({ method: 'save', source: 'trigger' });
    expect(page.win.cookieBasis!.record!.choices).to.deep.equal({ marketing: false });
  });

  it('records the jurisdiction whose law the banner applied', async () => {
    const page = await pages.open({ attrs: { jurisdiction: 'at' } });
    await page.win.cookieBasis!.acceptAll();
    expect(page.win.cookieBasis!.record!.jurisdiction).to.equal('at');
    page.close();
    const wrong = await pages.open({ attrs: { jurisdiction: 'atlantis' } });
    await wrong.win.cookieBasis!.rejectAll();
    expect(wrong.win.cookieBasis!.record!.jurisdiction).to.equal('eu');
    await waitFor(() => wrong.win.__messages.some((m) => m.startsWith('error') && m.includes('jurisdiction')), 'the error naming the attribute');
  });

  it('records an objection on the policy page alone: the banner still asks about the rest', async () => {
    const page = await pages.open({ page: 'policy.html' });
    await page.part('banner');
    const objection = await waitFor(() => page.doc.querySelector('cookie-objection[category="statistics"]')?.shadowRoot?.querySelector<HTMLInputElement>('input'), 'objection switch');
    objection.click();
    await waitFor(() => page.win.cookieBasis?.record, 'the objection is stored');
    const record = page.win.cookieBasis!.record!;
    expect(record.choices).to.deep.equal({ statistics: false });
    expect(record).to.include({ method: 'objection-switch', source: 'objection' });
    expect(page.win.cookieBasis!.allowed('statistics')).to.equal(false);
    page.close();
    const next = await pages.open({ page: 'policy.html' });
    await next.part('banner');
    expect(next.win.cookieBasis!.allowed('statistics')).to.equal(false);
  });

  it('hands listeners a frozen record: the one sent cannot be changed', async () => {
    const page = await pages.open();
    await page.win.cookieBasis!.acceptAll();
    const record = page.win.__events.at(-1)!.detail.record!;
    expect(Object.isFrozen(record)).to.equal(true);
    expect(Object.isFrozen(record.choices)).to.equal(true);
    expect(() => { (record.choices as Record<string, boolean>).marketing = false; }).to.throw(TypeError);
    expect(page.win.cookieBasis!.record!.choices.marketing).to.equal(true);
  });

  it('says next to an objected switch how to withdraw the objection', async () => {
    const page = await pages.open();
    await page.win.cookieBasis!.rejectAll();
    page.win.cookieBasis!.showPreferences();
    const row = await waitFor(() => page.root.querySelector('[part~="category"][data-category="statistics"]'), 'statistics row');
    expect(row.textContent).to.include('Switch on to withdraw your objection.');
    expect(row.textContent).not.to.include('Switch off to object.');
  });
});

describe('consent.ready', () => {
  const pages = pagesPerTest();

  it('resolves with the state for code that asks after consent-ready fired', async () => {
    const page = await pages.open();
    await page.win.cookieBasis!.acceptAll();
    page.close();
    const next = await pages.open();
    expect(next.win.__events.some((e) => e.type === 'consent-ready')).to.equal(true);
    const state = await next.win.cookieBasis!.ready;
    expect(state.allowed.marketing).to.equal(true);
    expect(state.mustAsk).to.equal(false);
  });
});

describe('<cookie-consent src>', () => {
  const pages = pagesPerTest();

  it('takes its categories from one JSON file; the element\'s attributes win', async () => {
    const page = await pages.open({ page: 'site-config.html', attrs: { revision: '7' } });
    expect(page.win.cookieBasis!.allowed('marketing')).to.equal(false);
    (await page.part('button-accept-all')).click();
    await waitFor(() => page.ran().includes('marketing'), 'the gated script ran');
    expect(page.win.cookieBasis!.record!.revision).to.equal('7');
    expect(Object.keys(page.win.cookieBasis!.record!.choices)).to.deep.equal(['marketing']);
  });

  it('keeps every gate closed and says why when the file cannot be loaded', async () => {
    const page = await pages.open({ page: 'site-config.html', attrs: { src: '/test/pages/missing.json' } });
    await waitFor(() => page.win.__messages.some((m) => m.startsWith('error') && m.includes('invalid-json')), 'the error');
    expect(page.win.cookieBasis!.allowed('marketing')).to.equal(false);
    expect(page.ran()).to.deep.equal([]);
  });
});
