import { expect } from '@open-wc/testing';
import { consentCookie, decided, openPreferences, pagesPerTest, waitFor, type TestPage } from './helpers/page.js';


describe('consent state, storage and API', () => {
  const pages = pagesPerTest();
  let page: TestPage | undefined;
  let other: TestPage | undefined;

  describe('cookie', () => {
    it('stores reject all as a choice: no banner on the next page', async () => {
      page = await pages.open();
      (await page.part('button-reject-all')).click();
      await waitFor(consentCookie, 'the consent cookie');
      expect(consentCookie()).to.match(/^1\|[0-9a-f-]{36}\|\w+\|1\|r\|0\|en\|[0-9a-f]{8}\|0\.1\.0\|statistics:0\/audience:0\/marketing:0$/);
      page.close();
      page = await pages.open();
      await decided(page);
      expect(page.root.querySelector('[part~="banner"]') === null, 'banner hidden').to.equal(true);
      expect(page.win.cookieBasis?.allowed('statistics')).to.equal(false);
    });

    it('writes Path, SameSite=Lax, and keeps the cookie as long as the choice counts plus six months for refusals', async function () {
      const store = (window as unknown as { cookieStore?: { get(name: string): Promise<{ path?: string; sameSite?: string; expires?: number } | null> } }).cookieStore;
      if (!store) this.skip();
      page = await pages.open();
      await page.win.cookieBasis?.acceptAll();
      const cookie = await store.get('cookie_basis');
      if (cookie?.path === undefined) this.skip(); // this browser's cookieStore tells name and value only
      expect(cookie.path).to.equal('/');
      expect(cookie.sameSite).to.equal('lax');
      const days = async (): Promise<number> => (((await store.get('cookie_basis'))?.expires ?? 0) - Date.now()) / 86_400_000;
      expect(await days()).to.be.within(363, 365); // 182 days of consent + 182 days that refusals are kept
      page.close();
      page = await pages.open({ attrs: { 'cookie-max-age': '90' } });
      await page.win.cookieBasis?.rejectAll();
      expect(await days()).to.be.within(271, 273);
    });

    it('keeps working for the page when cookies are refused, and says so', async () => {
      page = await pages.open({ noCookies: true });
      (await page.part('button-accept-all')).click();
      await waitFor(() => page?.ran().includes('marketing'), 'marketing');
      expect(page.root.querySelector('[part~="banner"]') === null, 'banner hidden').to.equal(true);
      await waitFor(() => page?.win.__messages.some((m) => m.startsWith('error') && m.includes('cookies-blocked')), 'the cookies-blocked message');
      expect(page.win.cookieBasis?.record?.method).to.equal('accept-all');
    });

    it('honours a custom cookie name', async () => {
      page = await pages.open({ attrs: { 'cookie-name': 'my_consent' } });
      await page.win.cookieBasis?.rejectAll();
      expect(document.cookie).to.match(/(^|; )my_consent=1\|/);
      expect(consentCookie()).to.equal(undefined);
      document.cookie = 'my_consent=; Max-Age=0; Path=/';
    });
  });

  describe('clearing', () => {
    it('deletes the cookies and storage a category declared when it loses permission', async () => {
      page = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      await page.win.cookieBasis?.acceptAll();
      for (const cookie of ['_fbp=1; Path=/', '_pk_id.1.abc=1; Path=/', '_pk_ses.1.abc=1; Path=/test/pages', 'basket=3; Path=/', 'unrelated=1; Path=/']) {
        page.doc.cookie = cookie;
      }
      page.win.localStorage.setItem('ads-profile', 'x');
      page.win.localStorage.setItem('theme', 'dark');
      await page.win.cookieBasis?.set({ marketing: false, audience: false });
      // Clearing is the write path's job: it follows the choice within a moment.
      await waitFor(() => !page?.doc.cookie.includes('_fbp') && page?.win.localStorage.getItem('ads-profile') === null, 'the cookies cleared');
      const names = page.doc.cookie.split('; ').map((pair) => pair.split('=')[0]);
      expect(names).to.include.members(['basket', 'unrelated', 'cookie_basis']);
      expect(names).to.not.include.members(['_fbp']);
      expect(names.filter((n) => n?.startsWith('_pk_'))).to.deep.equal([]);
      expect(page.win.localStorage.getItem('ads-profile')).to.equal(null);
      expect(page.win.localStorage.getItem('theme')).to.equal('dark');
      document.cookie = 'unrelated=; Max-Age=0; Path=/';
      document.cookie = 'basket=; Max-Age=0; Path=/';
    });

    it('clears a cookie a vendor set again once the page reloads without permission', async () => {
      page = await pages.open();
      await page.win.cookieBasis?.rejectAll();
      page.close();
      document.cookie = '_fbp=again; Path=/';
      document.cookie = '_pk_id.1.abc=again; Path=/';
      document.cookie = 'basket=2; Path=/';
      page = await pages.open();
      await waitFor(() => !document.cookie.includes('_fbp') && !document.cookie.includes('_pk_id'), 'the refused cookies cleared');
      expect(document.cookie).to.contain('basket=2');
      document.cookie = 'basket=; Max-Age=0; Path=/';
    });
  });

  describe('API', () => {
    it('answers allowed() and resolves whenAllowed() when the category is allowed', async () => {
      page = await pages.open();
      const api = page.win.cookieBasis!;
      expect(api.allowed('necessary')).to.equal(true);
      expect(api.allowed('statistics')).to.equal(true);
      expect(api.allowed('marketing')).to.equal(false);
      expect(api.allowed('nope')).to.equal(false);
      let resolved = false;
      void api.whenAllowed('marketing').then(() => { resolved = true; });
      // An allowed name resolves at once: two microtask turns would have run its `then`.
      await Promise.resolve();
      await Promise.resolve();
      expect(resolved).to.equal(false);
      await api.set({ marketing: true });
      await waitFor(() => resolved, 'whenAllowed');
    });

    it('calls on() handlers at once when allowed, on every change, until disposed', async () => {
      page = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      const api = page.win.cookieBasis!;
      const calls: string[] = [];
      const disposeStats = api.on('statistics', () => calls.push('stats on'), () => calls.push('stats off'));
      const disposeAds = api.on('marketing', () => calls.push('ads on'), () => calls.push('ads off'));
      await api.acceptAll();
      await api.rejectAll();
      disposeStats();
      await api.acceptAll();
      disposeAds();
      await api.rejectAll();
      expect(calls).to.deep.equal(['stats on', 'ads on', 'stats off', 'ads off', 'ads on']);
    });

    it('isolates a throwing listener', async () => {
      page = await pages.open();
      const api = page.win.cookieBasis!;
      const calls: string[] = [];
      api.on('marketing', () => { throw new Error('boom'); });
      api.on('marketing', () => calls.push('second'));
      await api.acceptAll();
      expect(calls).to.deep.equal(['second']);
      await waitFor(() => page?.win.__messages.some((m) => m.includes('listener-error') && m.includes('boom')), 'the listener-error message');
    });

    it('sets some categories and keeps the others; ignores unknown names with a message', async () => {
      page = await pages.open();
      const api = page.win.cookieBasis!;
      await api.set({ marketing: true, nope: true, necessary: false });
      expect(api.allowed('marketing')).to.equal(true);
      expect(api.allowed('statistics')).to.equal(true);
      expect(api.allowed('necessary')).to.equal(true);
      expect(api.record?.choices).to.deep.equal({ statistics: true, audience: false, marketing: true });
      await waitFor(() => page?.win.__messages.some((m) => m.includes('unknown-category') && m.includes('"nope"')), 'the unknown-category message');
    });

    it('writes no choice when set() names nothing it can set', async () => {
      page = await pages.open();
      await page.win.cookieBasis?.set({ Marketing: true, necessary: false });
      expect(consentCookie()).to.equal(undefined);
      expect(page.win.cookieBasis?.record).to.equal(null);
      await page.part('banner');
    });

    it('keeps a record of the choice, with no IP address or fingerprint', async () => {
      page = await pages.open({ lang: 'de' });
      await page.win.cookieBasis?.rejectAll();
      const record = page.win.cookieBasis!.record!;
      // An API call shows no text: no textHash.
      expect(Object.keys(record).sort()).to.deep.equal(['choices', 'configHash', 'gpc', 'id', 'jurisdiction', 'language', 'method', 'origin', 'path', 'revision', 'source', 'time', 'version']);
      expect(record).to.include({ revision: '1', gpc: false, language: 'de', method: 'reject-all', version: '0.1.0', source: 'api', origin: location.origin });
      expect(Date.now() - Date.parse(record.time)).to.be.within(0, 5000);
    });

    it('works through a framework\'s reactive proxy (Vue reactive(), MobX): every member, the record too', async () => {
      page = await pages.open();
      const proxied = new Proxy(page.win.cookieBasis!, {});
      await proxied.rejectAll();
      expect(proxied.record?.method).to.equal('reject-all');
      expect(proxied.allowed('marketing')).to.equal(false);
      expect(await proxied.ready).to.have.property('allowed');
    });

    it('forgets the choice with reset(): cookies gone, defaults back, banner shown', async () => {
      page = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      await page.win.cookieBasis?.acceptAll();
      page.doc.cookie = '_fbp=1; Path=/';
      await page.win.cookieBasis?.reset();
      expect(consentCookie()).to.equal(undefined);
      await waitFor(() => !document.cookie.includes('_fbp'), 'the marketing cookie cleared');
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(false);
      expect(page.win.cookieBasis?.allowed('statistics')).to.equal(true);
      expect(page.win.cookieBasis?.record).to.equal(null);
      await page.part('banner');
    });

    it('shows the banner and the preferences on request', async () => {
      page = await pages.open();
      await page.win.cookieBasis?.rejectAll();
      expect(page.root.querySelector('[part~="banner"]') === null, 'banner hidden').to.equal(true);
      page.win.cookieBasis?.showBanner();
      await page.part('banner');
      await openPreferences(page);
    });

    it('posts the consent record to record-url', async () => {
      page = await pages.open({ recordUrl: true });
      await page.win.cookieBasis?.acceptAll();
      const log = await waitFor(async () => {
        const entries = (await (await fetch(`/__log/${page!.token}`)).json()) as { path: string; method: string; body?: string }[];
        return entries.find((e) => e.path === 'record');
      }, 'record POST');
      expect(log.method).to.equal('POST');
      const body = JSON.parse(log.body ?? '{}') as Record<string, unknown>;
      expect(body).to.include({ method: 'accept-all', revision: '1', id: page.win.cookieBasis?.record?.id });
    });

    it('reports a record-url blocked by CSP and keeps the choice', async () => {
      page = await pages.open({ recordUrl: true, csp: 'no-connect' });
      await page.win.cookieBasis?.acceptAll();
      await waitFor(() => page?.win.__messages.some((m) => m.startsWith('error') && m.includes('record-failed')), 'record-failed message');
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(true);
    });
  });

  describe('events', () => {
    it('fires consent-ready once per page load with the state', async () => {
      page = await pages.open();
      await decided(page);
      const ready = page.win.__events.filter((e) => e.type === 'consent-ready');
      expect(ready.length).to.equal(1);
      expect(ready[0]?.detail).to.deep.include({ granted: ['necessary', 'statistics'], denied: ['audience', 'marketing'], changed: [], record: null });
    });

    it('fires consent-change after the cookie is written, with a frozen detail', async () => {
      page = await pages.open();
      let cookieSeen = '';
      let frozen = false;
      page.doc.addEventListener('consent-change', (event) => {
        cookieSeen = page!.doc.cookie;
        frozen = Object.isFrozen(event.detail) && Object.isFrozen(event.detail.granted);
      });
      (await page.part('button-accept-all')).click();
      await waitFor(() => cookieSeen, 'consent-change');
      expect(cookieSeen).to.contain('cookie_basis=1|');
      expect(frozen).to.equal(true);
      const change = page.win.__events.find((e) => e.type === 'consent-change')!;
      expect(change.detail.source).to.equal('banner');
      expect(change.detail.changed).to.deep.equal(['audience', 'marketing']);
      expect(change.detail.record?.method).to.equal('accept-all');
    });

    it('reaches window listeners too', async () => {
      page = await pages.open();
      let heard = false;
      page.win.addEventListener('consent-change', () => { heard = true; });
      await page.win.cookieBasis?.acceptAll();
      expect(heard).to.equal(true);
    });
  });

  describe('GPC', () => {
    it('writes no cookie for the signal alone, says it was honoured, and records a later choice with gpc', async () => {
      page = await pages.open({ gpc: true });
      expect(consentCookie()).to.equal(undefined);
      const notice = await page.part('gpc-notice');
      expect(notice.textContent).to.contain('Global Privacy Control').and.contain('Statistics');
      // Only the legitimate interest the signal objected to: Audience and Marketing wait for consent anyway.
      expect(notice.textContent).to.not.contain('Audience').and.not.contain('Marketing');
      await page.win.cookieBasis?.set({ statistics: true });
      expect(page.win.cookieBasis?.allowed('statistics')).to.equal(true);
      expect(page.win.cookieBasis?.record?.gpc).to.equal(true);
      page.close();
      page = await pages.open({ gpc: true });
      expect(page.win.cookieBasis?.allowed('statistics')).to.equal(true);
    });

    it('is ignored with gpc="ignore"', async () => {
      page = await pages.open({ gpc: true, attrs: { gpc: 'ignore' } });
      expect(page.win.cookieBasis?.allowed('statistics')).to.equal(true);
    });
  });

  describe('start', () => {
    it('starts once when two builds are on the page', async () => {
      page = await pages.open({ build: 'both' });
      await decided(page);
      await page.part('banner');
      expect(page.win.__events.filter((e) => e.type === 'consent-ready').length).to.equal(1);
      expect(page.root.querySelectorAll('[part~="banner"]').length).to.equal(1);
      await page.win.cookieBasis?.set({ statistics: false });
      await page.win.cookieBasis?.set({ statistics: true });
      await waitFor(() => page?.win.__messages.some((m) => m.includes('started-twice')), 'the started-twice message');
      expect(page.ran().filter((name) => name === 'stats-a').length).to.equal(1);
    });

    it('prints the legal lint once on a first visit', async () => {
      page = await pages.open();
      await page.part('banner');
      // Printed when the page is idle, for the site's developers.
      const lint = await waitFor(() => {
        const printed = page?.win.__messages.filter((m) => m.includes('li-declares-cookies')) ?? [];
        return printed.length > 0 && printed;
      }, 'the legal lint');
      expect(lint.length).to.equal(1);
      expect(lint[0]).to.contain('"audience"').and.contain('§ 25(1) TDDDG');
    });

    it('reports invalid configuration and keeps that category closed', async () => {
      page = await pages.open({ page: 'invalid.html' });
      expect(page.win.cookieBasis?.allowed('stats')).to.equal(false);
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(false);
      await page.win.cookieBasis?.acceptAll();
      expect(page.win.cookieBasis?.allowed('stats')).to.equal(false);
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(true);
      await waitFor(() => page?.ran().includes('marketing'), 'the marketing script');
      expect(page.ran()).to.deep.equal(['marketing']);
      const errors = await waitFor(() => {
        const printed = page?.win.__messages.filter((m) => m.startsWith('error')) ?? [];
        return printed.length >= 2 && printed;
      }, 'the configuration errors');
      expect(errors.some((m) => m.includes('invalid-category') && m.includes('basis="statistic"'))).to.equal(true);
      expect(errors.some((m) => m.includes('invalid-attribute') && m.includes('cookie-max-age="soon"'))).to.equal(true);
    });
  });

  describe('other tabs', () => {
    it('hides the banner and moves the gates in another tab within a second', async () => {
      page = await pages.open();
      other = await pages.open({ token: page.token });
      await other.part('banner');
      (await page.part('button-accept-all')).click();
      await waitFor(() => other?.ran().includes('marketing'), 'gates in the other tab', 1000);
      await waitFor(() => other?.root.querySelector('[part~="banner"]') === null, 'banner hidden', 1000);
      expect(other.win.__events.at(-1)?.detail.source).to.equal('other-tab');
    });
  });
});
