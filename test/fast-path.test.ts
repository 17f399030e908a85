// What each kind of visit fetches of cookie-basis, read from the page's Resource Timing.
import { expect } from '@open-wc/testing';
import { bannerVisible, consentCookie, decided, pagesPerTest, waitFor, type TestPage } from './helpers/page.js';

/** The cookie-basis files the page fetched, in the order they started, with their timings. */
const fetched = (page: TestPage): PerformanceResourceTiming[] =>
  (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => /\/dist\/cookie-basis[\w.-]*\.js$/.test(entry.name));
const files = (page: TestPage): string[] => fetched(page).map((entry) => entry.name.split('/').pop() ?? '');

describe('fast path', () => {
  const pages = pagesPerTest();

  for (const [build, loader] of [['module', 'cookie-basis.js'], ['iife', 'cookie-basis.iife.js']] as const) {
    it(`a returning visitor fetches the ${build} loader and nothing else, whatever the cookie name`, async () => {
      for (const attrs of [{}, { 'cookie-name': 'shop_consent' }] as Record<string, string>[]) {
        let page = await pages.open({ build, attrs });
        await page.win.cookieBasis?.acceptAll();
        page.close();
        page = await pages.open({ build, attrs });
        // The gated scripts ran: the state is applied; the page has nothing more to load.
        await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
        expect(files(page)).to.deep.equal([loader]);
        expect(page.root.querySelector('[part~="banner"]')).to.equal(null);
        document.cookie = 'shop_consent=; Max-Age=0; Path=/';
      }
    });
  }

  it('a first visit fetches the first layer and one language in parallel, and the write path only when the visitor reaches for a button', async () => {
    const page = await pages.open({ lang: 'de' });
    await page.part('banner');
    expect(files(page), 'the first layer').to.include('cookie-basis-ui.js');
    expect(files(page).filter((file) => file.startsWith('cookie-basis-lang-'))).to.deep.equal(['cookie-basis-lang-de.js']);
    // Lit and the preferences only for a visitor who reaches for the Settings button.
    for (const file of ['cookie-basis-companions.js', 'cookie-basis-lit.js', 'cookie-basis-preferences.js']) expect(files(page), file).to.not.include(file);
    // Asked for together when the loader starts, not one after the other (a chain would wait for
    // the full path to arrive and run). Resource Timing cannot tell the two apart here: the files
    // come from the browser's cache, and a preload link starts its fetch a task later.
    const preloaded = Array.from(page.doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'), (link) => link.href.split('/').pop());
    expect(preloaded).to.include.members(['cookie-basis-runtime.js', 'cookie-basis-ui.js', 'cookie-basis-lang-de.js']);
    // The code that stores a choice: not for a visitor who never answers (the refused video's
    // placeholder does not fetch it either), at once for one who points at a button.
    expect(files(page)).to.not.include('cookie-basis-write.js');
    (await page.part('button-reject-all')).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitFor(() => files(page).includes('cookie-basis-write.js'), 'the write path');
  });

  it('loads lit once, for the preferences and the policy companions together', async () => {
    const page = await pages.open({ page: 'policy.html' });
    await waitFor(() => page.doc.querySelector('cookie-declaration')?.shadowRoot?.querySelector('[part="category"]'), 'the declaration');
    page.doc.querySelector<HTMLElement>('[data-consent="preferences"]')?.click();
    const dialog = await page.part<HTMLDialogElement>('dialog');
    await waitFor(() => dialog.open, 'the preferences');
    expect(files(page).filter((file) => file === 'cookie-basis-lit.js').length).to.equal(1);
    expect(files(page)).to.include.members(['cookie-basis-companions.js', 'cookie-basis-preferences.js']);
  });

  it('fetches the placeholders only for a page with a refused embed', async () => {
    const page = await pages.open({ page: 'invalid.html' });
    await page.part('banner');
    expect(files(page)).to.not.include('cookie-basis-inline.js');
    const shop = await pages.open();
    await waitFor(() => shop.doc.querySelector('[data-cookie-basis-placeholder]'), 'the placeholder');
    expect(files(shop)).to.include('cookie-basis-inline.js');
  });

  it('answers an API change once it is stored, also before the write path was loaded', async () => {
    // A page without embeds: nothing on it loads the write path for a returning visitor.
    let page = await pages.open({ page: 'invalid.html' });
    await page.win.cookieBasis?.rejectAll();
    page.close();
    page = await pages.open({ page: 'invalid.html' });
    expect(files(page), files(page).join(' ')).to.not.include('cookie-basis-write.js');
    const applied = page.win.cookieBasis!.set({ marketing: true });
    expect(page.win.cookieBasis!.allowed('marketing'), 'not before it is stored').to.equal(false);
    await applied;
    expect(page.win.cookieBasis!.allowed('marketing')).to.equal(true);
    expect(document.cookie).to.contain('marketing:1');
  });

  describe('the ticket (decision record 0005)', () => {
    const TICKET = 'cookie-basis:cookie_basis';
    /** A visitor who accepted everything on one page, which left the ticket. */
    const accepted = async (attrs: Record<string, string> = {}): Promise<void> => {
      const page = await pages.open({ attrs });
      await page.win.cookieBasis?.acceptAll();
      // The page's start put off removing a ticket until idle; idle callbacks run in the order
      // asked, so this one runs after it: the ticket the answer wrote must outlive it.
      await new Promise((idle) => page.win.requestIdleCallback(idle));
      page.close();
      expect(localStorage.getItem(TICKET), 'the ticket').to.not.equal(null);
    };

    it('a changed configuration takes the full path once, asks nothing when the offer is the same, and leaves a new ticket', async () => {
      await accepted();
      const attrs = { 'imprint-url': '/imprint' };
      let page = await pages.open({ attrs });
      await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
      expect(files(page)).to.include('cookie-basis-runtime.js');
      expect(page.root.querySelector('[part~="banner"]')).to.equal(null);
      page.close();
      page = await pages.open({ attrs });
      await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
      expect(files(page)).to.not.include('cookie-basis-runtime.js');
    });

    it('never outlives the cookie: without it the banner asks, nothing optional runs and the ticket goes', async () => {
      await accepted();
      document.cookie = 'cookie_basis=; Max-Age=0; Path=/';
      const page = await pages.open();
      await bannerVisible(page);
      await decided(page);
      expect(page.ran()).to.not.include('marketing');
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(false);
      // Removed once the page is idle: the banner comes first.
      await waitFor(() => localStorage.getItem(TICKET) === null, 'the ticket removed');
    });

    it('is not applied when a page script between the classic loader and the configuration deletes the cookie', async () => {
      await accepted();
      // The loader in <head> read the cookie before that script ran; the ticket must not open on that read.
      const page = await pages.open({ build: 'iife', query: { dropcookie: 'cookie_basis' } });
      await bannerVisible(page);
      await decided(page);
      expect(page.ran()).to.not.include('marketing');
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(false);
    });

    it('stays when another tab chose before this page was idle: the next page takes the fast path', async () => {
      await accepted();
      const choice = consentCookie()!;
      document.cookie = 'cookie_basis=; Max-Age=0; Path=/';
      // This page asks; its stale ticket is to go when it is idle, which the test holds back.
      const asking = await pages.open({ query: { holdidle: '1' } });
      await bannerVisible(asking);
      // Meanwhile another tab stores the choice the ticket was written for, and its message has
      // not reached this page yet (the test writes the cookie itself: no message comes at all).
      document.cookie = `cookie_basis=${choice}; Path=/`;
      await waitFor(() => asking.doc.cookie.includes(choice), 'the choice, as the asking page sees it');
      (asking.win as unknown as { __releaseIdle(): void }).__releaseIdle();
      expect(localStorage.getItem(TICKET), 'the ticket').to.not.equal(null);
      const next = await pages.open();
      await waitFor(() => next.ran().includes('marketing'), 'the marketing script');
      expect(files(next)).to.not.include('cookie-basis-runtime.js');
    });

    it('goes with reset(), and the next page asks again', async () => {
      await accepted();
      let page = await pages.open();
      await page.win.cookieBasis?.reset();
      expect(localStorage.getItem(TICKET)).to.equal(null);
      page.close();
      page = await pages.open();
      await bannerVisible(page);
    });

    it('is ignored when it cannot be read, and replaced', async () => {
      await accepted();
      localStorage.setItem(TICKET, '{"v":1,"cookie":');
      const page = await pages.open();
      await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
      expect(files(page)).to.include('cookie-basis-runtime.js');
      await waitFor(() => localStorage.getItem(TICKET)?.startsWith('{"v":1'), 'a new ticket');
    });

    it('is ignored when it parses but is not of the shape the full path writes', async () => {
      await accepted();
      const ticket = JSON.parse(localStorage.getItem(TICKET)!) as Record<string, unknown>;
      localStorage.setItem(TICKET, JSON.stringify({ ...ticket, problems: [{ key: 'badValue', args: 5 }] }));
      const page = await pages.open();
      await waitFor(() => page.ran().includes('marketing'), 'the marketing script');
      expect(files(page)).to.include('cookie-basis-runtime.js');
    });

    it('reports the configuration\'s problems again on the fast path', async () => {
      await accepted({ theme: 'neon' });
      const page = await pages.open({ attrs: { theme: 'neon' } });
      await waitFor(() => page.win.__messages.some((m) => m.startsWith('error') && m.includes('"neon"')), 'the problem, reported again');
      expect(files(page)).to.not.include('cookie-basis-runtime.js');
    });

    it('follows another tab\'s choice: the full path takes over on the same page', async () => {
      await accepted();
      const first = await pages.open();
      await waitFor(() => first.ran().includes('marketing'), 'the marketing script');
      expect(files(first)).to.not.include('cookie-basis-runtime.js');
      const second = await pages.open();
      await second.win.cookieBasis?.rejectAll();
      await waitFor(() => first.win.__events.some((e) => e.type === 'consent-change' && e.detail.source === 'other-tab' && e.detail.changed.includes('marketing')), 'the other tab\'s choice');
      expect(first.win.cookieBasis?.allowed('marketing')).to.equal(false);
      expect(first.win.__events.filter((e) => e.type === 'consent-ready').length, 'one consent-ready per page').to.equal(1);
    });
  });
});
