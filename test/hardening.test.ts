// The adversarial probe's findings (issue "Hostile pages and careless configurations"), one group each.
import { expect } from '@open-wc/testing';
import { consentCookie, pagesPerTest, waitFor, type TestPage } from './helpers/page.js';

/** The choices field of the consent cookie (format 1) as `name:0|1` items. */
const storedChoices = (): string[] => decodeURIComponent(consentCookie() ?? '').split('|')[9]?.split('/') ?? [];

/** Every member of `Object.prototype` that is a valid category name. */
const PROTOTYPE_NAMES = [
  'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
];

const api = (page: TestPage) => {
  const consent = page.win.cookieBasis;
  if (!consent) throw new Error('no window.cookieBasis');
  return consent;
};

/** The console message of that level and code, once printed (the texts load lazily with the write path). */
const message = (page: TestPage, level: string, code: string): Promise<string> =>
  waitFor(() => page.win.__messages.find((m) => m.startsWith(`${level} `) && m.includes(`] ${code}:`)), `the ${code} message`);

describe('hardening', () => {
  const pages = pagesPerTest();

  describe('1, 2: category names that are members of Object.prototype', () => {
    it('covers every such name in the test page', () => {
      const names = Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[A-Za-z0-9_-]{1,40}$/.test(name) && name !== '__proto__');
      expect(PROTOTYPE_NAMES).to.have.members(names);
    });

    it('set({ marketing: true }) allows marketing only, and stores no prototype name as allowed', async () => {
      const page = await pages.open({ page: 'proto.html' });
      await api(page).set({ marketing: true });
      // Gated scripts run in document order and marketing's is last: any other allowed one ran before it.
      await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
      expect(page.ran()).to.deep.equal(['marketing']);
      for (const name of PROTOTYPE_NAMES) expect(api(page).allowed(name), name).to.equal(false);
      expect(storedChoices()).to.have.members([...PROTOTYPE_NAMES.map((name) => `${name}:0`), 'marketing:1']);
    });

    it("a placeholder's Allow opens its own category only", async () => {
      const page = await pages.open({ page: 'proto.html' });
      const placeholder = await waitFor(() => page.doc.querySelector('[data-cookie-basis-placeholder]')?.shadowRoot?.querySelector<HTMLElement>('[part~="button-allow"]'), 'the placeholder');
      placeholder.click();
      await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
      expect(page.ran()).to.deep.equal(['marketing']);
      for (const name of PROTOTYPE_NAMES) expect(api(page).allowed(name), name).to.equal(false);
    });

    it('a new category named constructor after Reject all stays closed and the banner asks', async () => {
      let page = await pages.open();
      await api(page).rejectAll();
      page.close();
      page = await pages.open({ page: 'proto.html' });
      await page.part('banner');
      expect(page.ran()).to.deep.equal([]);
      for (const name of PROTOTYPE_NAMES) expect(api(page).allowed(name), name).to.equal(false);
    });
  });

  describe('3: links from configuration', () => {
    it('drops javascript: and data: links with a console error; the banner shows none', async () => {
      const page = await pages.open({ attrs: { 'policy-url': ' JavaScript:window.__tp.push("xss")', 'imprint-url': 'data:text/html,<script>alert(1)</script>' } });
      await page.part('banner');
      expect(page.root.querySelectorAll('a').length).to.equal(0);
      expect(await message(page, 'error', 'invalid-url')).to.contain('policy-url');
      await waitFor(() => page.win.__messages.filter((m) => m.includes('invalid-url')).length === 2, 'both invalid-url messages');
    });

    it('keeps relative and https links', async () => {
      const page = await pages.open({ attrs: { 'policy-url': '/privacy#cookies', 'imprint-url': 'https://example.com/imprint' } });
      await page.part('banner');
      const links = Array.from(page.root.querySelectorAll('a'), (a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['/privacy#cookies', 'https://example.com/imprint']);
    });
  });

  describe('4: pages that require Trusted Types', () => {
    it('shows the banner and revives inline and external scripts through the cookie-basis policy', async () => {
      const page = await pages.open({ csp: true, query: { tt: '1' } });
      await page.part('banner');
      await waitFor(() => page.ran().includes('stats-c'), 'the cookieless statistics scripts');
      expect(page.ran()).to.include('stats-inline');
      (await page.part('button-accept-all')).click();
      await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
      expect(page.win.__violations).to.deep.equal([]);
      expect(page.win.__messages.filter((m) => m.startsWith('error'))).to.deep.equal([]);
    });
  });

  describe('5: reset() reaches every tab', () => {
    it('closes the gates of the other tab, also of the tab that made the choice itself', async () => {
      const first = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      const second = await pages.open({ token: first.token, attrs: { 'reload-on-revoke': 'never' } });
      for (let round = 0; round < 4; round++) {
        const [chooser, resetter] = round % 2 ? [first, second] : [second, first];
        await api(chooser).acceptAll();
        await waitFor(() => api(resetter).allowed('marketing'), `round ${String(round)}: the other tab hears the choice`);
        await api(resetter).reset();
        await waitFor(() => !api(chooser).allowed('marketing'), `round ${String(round)}: the choosing tab hears the reset`);
        expect(api(chooser).record).to.equal(null);
        await chooser.part('banner');
      }
    });
  });

  describe('6: the global name taken by the page', () => {
    it('starts with an element id="cookieBasis" on the page, and says so', async () => {
      const page = await pages.open({ page: 'clobber.html' });
      expect(typeof api(page).allowed).to.equal('function');
      await waitFor(() => page.ran().includes('statistics'), 'the statistics script');
      await page.part('banner');
      expect(await message(page, 'info', 'global-taken')).to.contain('element');
      expect(page.win.__messages.some((m) => m.includes('started-twice'))).to.equal(false);
    });

    it('starts over a page stub window.cookieBasis = {}', async () => {
      const page = await pages.open({ query: { stub: '1' } });
      (await page.part('button-accept-all')).click();
      await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
      expect(api(page).allowed('marketing')).to.equal(true);
      expect(await message(page, 'info', 'global-taken')).to.contain('page script');
    });
  });

  describe('7: a page gtag that throws', () => {
    it('keeps start-up, the banner and the choice working, and reports the integration', async () => {
      const page = await pages.open({ build: 'iife', attrs: { 'google-consent-mode': '' }, query: { gtagthrows: '1' } });
      (await page.part('button-accept-all')).click();
      await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
      expect(await message(page, 'error', 'integration-failed')).to.contain('Google Consent Mode');
      expect(page.win.__events.map((e) => e.type)).to.include.members(['consent-ready', 'consent-change']);
    });
  });

  describe('8: the same choice stored twice', () => {
    it('reads two copies of an objection as the objection: cookieless statistics stay off', async () => {
      let page = await pages.open();
      await api(page).set({ statistics: false });
      const value = consentCookie()!;
      page.close();
      document.cookie = `cookie_basis=${value}; Path=/test`;
      page = await pages.open();
      // The gate acts when the state is known: every statistics script is still inert then.
      await api(page).ready;
      expect(page.doc.querySelectorAll('script[data-category="statistics"][type="text/plain"]').length).to.equal(3);
      expect(page.ran()).to.deep.equal([]);
      expect(api(page).allowed('statistics')).to.equal(false);
      expect(await page.requests()).to.deep.equal([]);
      expect(await message(page, 'warn', 'duplicate-cookie')).to.contain('most restrictive');
      document.cookie = 'cookie_basis=; Max-Age=0; Path=/test';
    });

    it('reads differing copies restrictively and replaces them with the next choice', async () => {
      let page = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      await api(page).acceptAll();
      const accepted = consentCookie()!;
      await api(page).set({ marketing: false });
      page.close();
      document.cookie = `cookie_basis=${accepted}; Path=/test`;
      page = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      expect(api(page).allowed('marketing')).to.equal(false);
      expect(api(page).allowed('audience')).to.equal(true);
      await api(page).set({ audience: false });
      expect(document.cookie.match(/(?:^|; )cookie_basis=/g)?.length).to.equal(1);
    });

    it('reset() deletes every copy, so that none comes back', async () => {
      let page = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      await api(page).acceptAll();
      document.cookie = `cookie_basis=${consentCookie() ?? ''}; Path=/test`;
      page.close();
      page = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      await api(page).reset();
      expect(document.cookie).to.not.contain('cookie_basis=');
      page.close();
      page = await pages.open();
      await page.part('banner');
      expect(api(page).allowed('marketing')).to.equal(false);
    });
  });

  describe('9: API misuse', () => {
    it('set(null), set(undefined) and set() change nothing and say why', async () => {
      const page = await pages.open();
      const consent = api(page) as unknown as { set(value?: unknown): void };
      for (const value of [null, undefined, 'marketing', ['marketing']]) consent.set(value);
      consent.set();
      expect(consentCookie()).to.equal(undefined);
      expect(await message(page, 'warn', 'invalid-argument')).to.contain('set()');
    });

    it('detached methods work', async () => {
      const page = await pages.open();
      const { allowed, set, whenAllowed, on } = api(page);
      let heard = 0;
      on('marketing', () => { heard++; });
      set({ marketing: true });
      await whenAllowed('marketing');
      expect(allowed('marketing')).to.equal(true);
      expect(heard).to.equal(1);
    });
  });

  describe('10: a permission withdrawn in the same task', () => {
    it('never loads the script', async () => {
      const page = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      api(page).set({ marketing: true });
      api(page).set({ marketing: false });
      // A script added now runs after every script queued before it: the positive signal.
      const late = page.doc.createElement('script');
      late.type = 'text/plain';
      late.setAttribute('data-category', 'statistics');
      late.text = "(window.__tp ||= []).push('late');";
      page.doc.body.append(late);
      await waitFor(() => page.ran().includes('late'), 'the later script');
      expect(page.ran()).to.not.include('marketing');
      expect(await page.requests()).to.not.include('js/marketing.js');
    });
  });

  describe('11: two <cookie-consent> elements', () => {
    it('uses the first and says that the second is ignored', async () => {
      const page = await pages.open({ page: 'double.html' });
      await message(page, 'warn', 'second-element');
      await page.part('banner');
      expect(api(page).allowed('ads')).to.equal(false);
    });
  });

  describe('12: many categories', () => {
    for (const count of [100, 500]) {
      it(`${String(count)} categories: Accept all is kept in one cookie under 4 KB and read back`, async () => {
        const first = `purpose-with-a-long-descriptive-name-000`;
        const last = `purpose-with-a-long-descriptive-name-${String(count - 1).padStart(3, '0')}`;
        let page = await pages.open({ page: 'many.html', query: { many: String(count) } });
        (await page.part('button-accept-all', 8000)).click();
        await waitFor(() => page.ran().includes(last), 'the last category\'s script');
        const value = consentCookie() ?? '';
        expect(value.length).to.be.within(100, 3500);
        page.close();
        page = await pages.open({ page: 'many.html', query: { many: String(count) } });
        expect(api(page).record?.method).to.equal('accept-all');
        await waitFor(() => page.ran().includes(last), 'the last category\'s script');
        expect(page.ran()).to.include(first);
        expect(page.root.querySelector('[part~="banner"]')).to.equal(null);
        await api(page).rejectAll();
        page.close();
        page = await pages.open({ page: 'many.html', query: { many: String(count) } });
        expect(api(page).record?.method).to.equal('reject-all');
        expect(api(page).allowed(first) || api(page).allowed(last)).to.equal(false);
      });
    }
  });

  describe('13: where records go', () => {
    it('names the record-url in the console, also after Reject all', async () => {
      const page = await pages.open({ recordUrl: true });
      (await page.part('button-reject-all')).click();
      const info = await message(page, 'info', 'record-url');
      expect(info).to.contain(`/tp/${page.token}/record`);
      expect(info).to.contain('on this site');
    });
  });

  describe('14: other gating targets', () => {
    it('gates <object data-src> and <link data-href>; markup inside a shadow root stays inert', async () => {
      const page = await pages.open({ page: 'targets.html' });
      await page.part('banner');
      expect(await page.requests()).to.deep.equal([]);
      const object = page.doc.querySelector('object')!;
      expect(object.hasAttribute('data')).to.equal(false);
      await api(page).acceptAll();
      await waitFor(() => page.ran().includes('media'), 'the media script');
      await waitFor(async () => {
        const requests = await page.requests();
        return ['frame/object.html', 'frame/embed.html', 'img/preload.gif'].every((path) => requests.includes(path));
      }, 'the object, embed and preload requests');
      expect(object.getAttribute('data')).to.match(/frame\/object\.html$/);
      expect(page.ran()).to.not.include('in-shadow');
      expect(await page.requests()).to.not.include('frame/in-shadow.html');
    });
  });
});
