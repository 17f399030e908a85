import { expect } from '@open-wc/testing';
import type { ConsentRecord } from '../src/core/model.js';
import { consentCookie, pagesPerTest, waitFor } from './helpers/page.js';

const dropConsentCookie = (): void => { document.cookie = 'cookie_basis=; Max-Age=0; Path=/'; };

describe('the record receiver behind the site', () => {
  const pages = pagesPerTest();

  it('receives a banner choice, writes the consent cookie again with Set-Cookie, and serves the same record as the receipt', async () => {
    // The receiver answers 600 ms late: time to remove the cookie the loader wrote, so that
    // only the receiver's Set-Cookie can bring it back.
    const page = await pages.open({ attrs: { 'record-url': '/consent?delay=600' } });
    (await page.part('button-reject-all')).click();
    const written = await waitFor(consentCookie, 'the loader writes the cookie');
    dropConsentCookie();
    expect(consentCookie()).to.equal(undefined);
    const restored = await waitFor(consentCookie, 'the receiver\'s Set-Cookie', 5000);
    expect(restored).to.equal(written);

    const record = page.win.cookieBasis!.record!;
    page.win.cookieBasis!.showPreferences();
    const receipt = await page.part('receipt');
    expect(receipt.textContent).to.include(record.id);
    expect(receipt.textContent).to.include('revision 1');
    const link = await page.part<HTMLAnchorElement>('receipt-link');
    expect(link.getAttribute('href')).to.equal(`${location.origin}/consent/${record.id}`);
    expect(link.download).to.equal(`consent-receipt-${record.id}.json`);
    const response = await fetch(link.href);
    expect(response.status).to.equal(200);
    const { records } = (await response.json()) as { records: { record: ConsentRecord; seq: number; hash: string }[] };
    expect(records).to.have.length(1);
    expect(records[0]!.record).to.deep.equal({ ...record, choices: { ...record.choices } });
    expect(records[0]!.hash).to.match(/^[0-9a-f]{64}$/);
  });

  it('sends the record to another origin without the cookie to extend', async () => {
    const token = `t${String(Date.now())}other`;
    const page = await pages.open({ token, attrs: { 'record-url': `http://127.0.0.1:${location.port}/tp/${token}/record` } });
    await page.win.cookieBasis!.acceptAll();
    const entry = await waitFor(async () => {
      const entries = (await (await fetch(`/__log/${page.token}`)).json()) as { path: string; body?: string }[];
      return entries.find((e) => e.path === 'record');
    }, 'record POST');
    const body = JSON.parse(entry.body ?? '{}') as Record<string, unknown>;
    expect(body.id).to.equal(page.win.cookieBasis!.record!.id);
    expect(body).not.to.have.property('cookie');
  });

  it('shows the receipt without a download link when no receiver is configured', async () => {
    const page = await pages.open({ lang: 'de' });
    await page.win.cookieBasis!.acceptAll();
    page.win.cookieBasis!.showPreferences();
    const receipt = await page.part('receipt');
    expect(receipt.textContent).to.include(page.win.cookieBasis!.record!.id);
    expect(receipt.textContent).to.include('Version 1');
    expect(page.root.querySelector('[part~="receipt-link"]')).to.equal(null);
  });
});
