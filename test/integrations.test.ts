import { expect } from '@open-wc/testing';
import { pagesPerTest, waitFor, type TestPage } from './helpers/page.js';

type Entry = ArrayLike<unknown>;
const commands = (page: TestPage): string[] =>
  ((page.win as unknown as { dataLayer: Entry[] }).dataLayer).map((entry) => {
    const args = Array.from(entry);
    return args[0] === 'consent' ? `consent ${String(args[1])} ${JSON.stringify(args[2])}` : String(args[0]);
  });
const paq = (page: TestPage): string[] => ((page.win as unknown as { _paq?: string[][] })._paq ?? []).map((c) => c.join(' '));

const denied = {
  ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
  functionality_storage: 'denied', personalization_storage: 'denied',
};

describe('integrations', () => {
  const pages = pagesPerTest();
  let page: TestPage | undefined;

  describe('Google Consent Mode v2', () => {
    it('pushes the default before any Google command, then updates after each choice (classic loader in <head>); a cookieless legitimate interest grants nothing', async () => {
      page = await pages.open({ page: 'gcm.html', build: 'iife' });
      await waitFor(() => commands(page!).some((c) => c.startsWith('consent update')), 'first update');
      const log = commands(page);
      expect(log[0]).to.equal(`consent default ${JSON.stringify({ ...denied, security_storage: 'granted', wait_for_update: 500 })}`);
      expect(log.indexOf('js')).to.be.greaterThan(0);
      expect(log.indexOf('config')).to.be.greaterThan(0);
      expect(log.filter((c) => c.startsWith('consent update'))).to.deep.equal([`consent update ${JSON.stringify({ ...denied, security_storage: 'granted' })}`]);
      await page.win.cookieBasis?.set({ analytics: true });
      expect(commands(page).at(-1)).to.equal(`consent update ${JSON.stringify({ ...denied, analytics_storage: 'granted', security_storage: 'granted' })}`);
      await page.win.cookieBasis?.set({ marketing: true, personal: true });
      expect(commands(page).at(-1)).to.equal(`consent update ${JSON.stringify({
        ad_storage: 'granted', analytics_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted',
        functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted',
      })}`);
      await page.win.cookieBasis?.rejectAll();
      expect(commands(page).at(-1)).to.equal(`consent update ${JSON.stringify({ ...denied, security_storage: 'granted' })}`);
    });

    it('grants at once for a returning visitor', async () => {
      page = await pages.open({ page: 'gcm.html' });
      await page.win.cookieBasis?.acceptAll();
      page.close();
      page = await pages.open({ page: 'gcm.html' });
      await waitFor(() => commands(page!).some((c) => c.startsWith('consent update')), 'update');
      const updates = commands(page).filter((c) => c.startsWith('consent update'));
      expect(updates.length).to.equal(1);
      expect(updates[0]).to.contain('"analytics_storage":"granted"').and.contain('"ad_storage":"granted"');
    });
  });

  describe('Matomo', () => {
    it('runs a cookieless legitimate interest with disableCookies, opts out on objection and back in', async () => {
      page = await pages.open({ page: 'matomo.html', query: { case: 'li' } });
      expect(paq(page)).to.deep.equal(['disableCookies']);
      await page.win.cookieBasis?.rejectAll();
      expect(paq(page).at(-1)).to.equal('optUserOut');
      await page.win.cookieBasis?.acceptAll();
      expect(paq(page).at(-1)).to.equal('forgetUserOptOut');
    });

    it('holds declared cookies until consent: requireCookieConsent, remember, forget and opt out', async () => {
      page = await pages.open({ page: 'matomo.html', query: { case: 'li-cookies' } });
      expect(paq(page)).to.deep.equal(['requireCookieConsent']);
      await page.win.cookieBasis?.acceptAll();
      expect(paq(page).slice(1)).to.deep.equal(['rememberCookieConsentGiven', 'forgetUserOptOut']);
      await page.win.cookieBasis?.rejectAll();
      expect(paq(page).slice(3)).to.deep.equal(['forgetCookieConsentGiven', 'optUserOut']);
      page.close();
      page = await pages.open({ page: 'matomo.html', query: { case: 'li-cookies' } });
      expect(paq(page)).to.deep.equal(['requireCookieConsent', 'optUserOut']);
    });

    it('tracks nothing for a consent category until consent, and never opts out', async () => {
      page = await pages.open({ page: 'matomo.html', query: { case: 'consent' } });
      expect(paq(page)).to.deep.equal(['requireConsent']);
      await page.win.cookieBasis?.acceptAll();
      await page.win.cookieBasis?.rejectAll();
      expect(paq(page)).to.deep.equal(['requireConsent', 'setConsentGiven', 'forgetConsentGiven']);
    });

    it('keeps an objection after the choice went stale', async () => {
      page = await pages.open({ page: 'matomo.html', query: { case: 'li' } });
      await page.win.cookieBasis?.rejectAll();
      page.close();
      page = await pages.open({ page: 'matomo.html', query: { case: 'li', revision: '2' } });
      expect(paq(page)).to.deep.equal(['disableCookies', 'optUserOut']);
    });

    it('keeps cookies under a named exemption until the visitor objects', async () => {
      page = await pages.open({ page: 'matomo.html', query: { case: 'exempt' } });
      expect(paq(page)).to.deep.equal([]);
      await page.win.cookieBasis?.rejectAll();
      expect(paq(page)).to.deep.equal(['optUserOut']);
    });
  });
});
