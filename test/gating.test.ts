import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { decided, pagesPerTest, placeholderOn, probe, waitFor, type TestPage } from './helpers/page.js';

describe('gating', () => {
  const pages = pagesPerTest();
  let page: TestPage | undefined;

  describe('requests before and after a choice', () => {
    it('requests nothing of the gated third party before a choice but the cookieless legitimate interest', async () => {
      page = await pages.open();
      await decided(page);
      expect(await page.requests()).to.deep.equal(['js/stats-a.js', 'js/stats-c.js']);
      expect(page.ran()).to.deep.equal(['stats-a', 'stats-inline', 'stats-c']);
      const frame = page.doc.querySelector('iframe[data-category]');
      expect(frame?.hasAttribute('src')).to.equal(false);
    });

    it('loads marketing, audience and the embed right after accept all', async () => {
      page = await pages.open();
      (await page.part('button-accept-all')).click();
      await waitFor(() => page?.ran().includes('marketing'), 'marketing script');
      await waitFor(async () => (await page?.requests())?.includes('frame/video.html'), 'video frame');
      expect(await page.requests()).to.include.members(['js/audience.js', 'js/marketing.js', 'img/pixel.gif']);
    });

    it('requests nothing gated after reject all, also on the next page', async () => {
      page = await pages.open();
      await decided(page);
      (await page.part('button-reject-all')).click();
      await waitFor(() => /(?:^|; )cookie_basis=/.test(document.cookie), 'the refusal stored');
      expect(await page.requests()).to.deep.equal(['js/stats-a.js', 'js/stats-c.js']);
      page.close();
      page = await pages.open();
      await decided(page);
      expect(await page.requests()).to.deep.equal([]);
      expect(page.root.querySelector('[part~="banner"]') === null, 'banner hidden').to.equal(true);
    });

    it('requests nothing after a withdrawal, on the next page', async () => {
      page = await pages.open();
      await page.win.cookieBasis?.acceptAll();
      page.close();
      page = await pages.open();
      await page.win.cookieBasis?.set({ marketing: false, audience: false, statistics: false });
      page.close();
      page = await pages.open();
      await decided(page);
      expect(await page.requests()).to.deep.equal([]);
    });

    it('requests nothing gated under GPC, not even the legitimate interest', async () => {
      page = await pages.open({ gpc: true });
      await decided(page);
      expect(await page.requests()).to.deep.equal([]);
      expect(page.ran()).to.deep.equal([]);
    });

    it('treats a tampered or outdated cookie as no choice', async () => {
      for (const value of ['1|garbage|x|1|a|0|en|00000000|0.1.0|marketing:1', '%E0%A4%A', '1|123e4567-e89b-42d3-a456-426614174000|1|1|a|0|en|0a1b2c3d|0.1.0|marketing:1/marketing:1']) {
        document.cookie = `cookie_basis=${value}; Path=/`;
        page = await pages.open();
        await decided(page);
        expect(await page.requests(), value).to.not.include('js/marketing.js');
        await waitFor(() => page?.win.__messages.some((m) => m.includes('tampered-cookie')), `the tampered-cookie message for ${value}`);
        await page.part('banner');
        page.close();
      }
      page = await pages.open({ attrs: { revision: '1' } });
      await page.win.cookieBasis?.acceptAll();
      page.close();
      page = await pages.open({ attrs: { revision: '2' } });
      await decided(page);
      expect(await page.requests()).to.not.include('js/marketing.js');
      await page.part('banner');
    });
  });

  describe('scripts', () => {
    it('runs scripts in document order, each once, waiting for an earlier external one', async () => {
      page = await pages.open({ page: 'order.html' });
      await page.win.cookieBasis?.set({ statistics: true });
      await waitFor(() => page?.ran().includes('order-c'), 'order-c');
      expect(page.ran()).to.deep.equal(['order-a', 'b-after-a', 'order-c']);
      const revived = page.doc.getElementById('inline-b')!;
      expect([revived.getAttribute('type'), revived.dataset.extra, revived.getAttribute('referrerpolicy'), revived.getAttribute('crossorigin'), revived.dataset.category])
        .to.deep.equal([null, 'kept', 'no-referrer', 'anonymous', 'statistics']);
      await page.win.cookieBasis?.set({ statistics: false });
      await page.win.cookieBasis?.set({ statistics: true });
      await probe(page, 'statistics');
      expect(page.ran()).to.deep.equal(['order-a', 'b-after-a', 'order-c']);
    });

    it('keeps going after a script that fails to load, and runs module and async scripts', async () => {
      page = await pages.open({ page: 'order.html' });
      await page.win.cookieBasis?.set({ marketing: true });
      await waitFor(() => ['async', 'module:object', 'after-404'].every((name) => page?.ran().includes(name)), 'async, module and the script after the 404');
      expect(page.ran()).to.not.include('both');
      await page.win.cookieBasis?.set({ statistics: true });
      await waitFor(() => page?.ran().includes('both'), 'script of two categories');
    });

    it('leaves ungated scripts alone and keeps an unknown category shut with a console message', async () => {
      page = await pages.open({ page: 'order.html' });
      await page.win.cookieBasis?.acceptAll();
      await probe(page);
      expect((page.win as unknown as { __plain: string[] }).__plain).to.deep.equal(['plain']);
      expect(page.ran()).to.not.include('unknown');
      await waitFor(() => page?.win.__messages.some((m) => m.includes('unknown-category') && m.includes('"unknown"')), 'the unknown-category message');
    });

    it('runs a !category script once the visitor withdraws that category on the page, never before (vanilla-cookieconsent 3.1\'s meaning)', async () => {
      page = await pages.open();
      await waitFor(() => page?.ran().includes('stats-c'), 'the scripts before an answer');
      expect(page.ran()).to.not.include('no-marketing');
      await page.win.cookieBasis?.acceptAll();
      expect(page.ran()).to.not.include('no-marketing');
      await page.win.cookieBasis?.set({ marketing: false });
      await waitFor(() => page?.ran().includes('no-marketing'), 'the !marketing script after the withdrawal');
      expect(page.ran().filter((name) => name === 'no-marketing')).to.have.length(1);
      page.close();
      // A refusal stored on an earlier page is no withdrawal on this one.
      page = await pages.open();
      await waitFor(() => page?.ran().includes('stats-c'), 'the allowed scripts of the next page');
      expect(page.ran()).to.not.include('no-marketing');
    });

    it('gates markup added after the choice without any call', async () => {
      page = await pages.open();
      await page.win.cookieBasis?.acceptAll();
      const script = page.doc.createElement('script');
      script.type = 'text/plain';
      script.dataset.category = 'marketing';
      script.src = `http://127.0.0.1:${location.port}/tp/${page.token}/js/late.js`;
      const frame = page.doc.createElement('iframe');
      frame.dataset.category = 'marketing';
      frame.dataset.src = `http://127.0.0.1:${location.port}/tp/${page.token}/frame/late.html`;
      const blocked = page.doc.createElement('script');
      blocked.type = 'text/plain';
      blocked.dataset.category = 'marketing';
      blocked.text = 'window.__tp.push("late-inline")';
      const wrapper = page.doc.createElement('div');
      wrapper.append(frame, blocked);
      page.doc.body.append(script, wrapper);
      await waitFor(() => page?.ran().includes('late') && page.ran().includes('late-inline'), 'late scripts');
      await waitFor(async () => (await page?.requests())?.includes('frame/late.html'), 'late frame');
    });

    it('keeps late markup inert while its category is refused', async () => {
      page = await pages.open();
      const script = page.doc.createElement('script');
      script.type = 'text/plain';
      script.dataset.category = 'marketing';
      script.src = `http://127.0.0.1:${location.port}/tp/${page.token}/js/late.js`;
      page.doc.body.append(script);
      await probe(page);
      expect(await page.requests()).to.not.include('js/late.js');
    });

    it('gates markup that comes after the loader in <head> (classic build)', async () => {
      page = await pages.open({ build: 'iife' });
      await decided(page);
      expect(await page.requests()).to.deep.equal(['js/stats-a.js', 'js/stats-c.js']);
      await page.win.cookieBasis?.acceptAll();
      await waitFor(() => page?.ran().includes('marketing'), 'marketing');
    });
  });

  describe('strict CSP', () => {
    it('runs revived inline scripts with the page nonce, with no violation', async () => {
      page = await pages.open({ csp: true });
      await page.win.cookieBasis?.acceptAll();
      await waitFor(() => page?.ran().includes('marketing'), 'marketing');
      expect(page.ran()).to.include('stats-inline');
      const revived = page.doc.querySelector<HTMLScriptElement>('script[data-category="statistics"]:not([src])')!;
      expect(revived.type).to.equal('');
      expect(revived.nonce).to.not.equal('');
      expect(page.win.__violations).to.deep.equal([]);
    });

    it('shows the banner and placeholders styled, with no violation', async () => {
      page = await pages.open({ csp: true });
      const banner = await page.part('banner');
      expect(page.win.getComputedStyle(banner).position).to.equal('fixed');
      const placeholder = await placeholderOn(page);
      expect(placeholder.offsetWidth).to.equal(324); // the iframe's border box: 320 + 2 × 2px
      expect(page.win.__violations).to.deep.equal([]);
    });
  });

  describe('embeds', () => {
    it('shows an accessible placeholder of the same size and allows only that category in place', async () => {
      page = await pages.open();
      const placeholder = await placeholderOn(page);
      // exactly the iframe's border box (320 × 180 + its 2px borders), so nothing moves
      expect([placeholder.offsetWidth, placeholder.offsetHeight]).to.deep.equal([324, 184]);
      const group = placeholder.shadowRoot!.querySelector('[role="group"]')!;
      expect(group.getAttribute('aria-labelledby')).to.equal('title');
      expect(group.textContent).to.contain('Content from 127.0.0.1 is not loaded').and.contain('Allow Marketing');
      // the pixel stays silent
      expect(page.doc.querySelectorAll('[data-cookie-basis-placeholder]').length).to.equal(1);
      const allow = placeholder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-allow"]')!;
      page.frame.focus();
      allow.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(async () => (await page?.requests())?.includes('frame/video.html'), 'video frame');
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(true);
      expect(page.win.cookieBasis?.allowed('audience')).to.equal(false);
      expect(placeholder.isConnected).to.equal(false);
      expect(page.doc.activeElement?.tagName).to.equal('IFRAME');
      expect(page.win.__events.at(-1)?.detail.source).to.equal('placeholder');
    });

    it('opens the preferences from the placeholder', async () => {
      page = await pages.open();
      const placeholder = await placeholderOn(page);
      placeholder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-preferences"]')!.click();
      const dialog = await page.part<HTMLDialogElement>('dialog');
      await waitFor(() => dialog.open, 'open dialog');
    });

    it('gates video sources, image srcsets and audio: placeholders for the video and image, none for audio', async () => {
      page = await pages.open({ page: 'media.html' });
      await probe(page);
      expect(await page.requests()).to.deep.equal([]);
      const titles = (): (string | undefined)[] => Array.from(page!.doc.querySelectorAll('[data-cookie-basis-placeholder]'))
        .map((p) => p.shadowRoot?.querySelector('strong')?.textContent);
      await waitFor(() => titles().length === 2 && titles().every(Boolean), 'the placeholders');
      expect(titles()).to.deep.equal(['Content from Video host is not loaded', 'Content from 127.0.0.1 is not loaded']);
      await page.win.cookieBasis?.set({ media: true });
      const video = page.doc.querySelector('video')!;
      expect(video.querySelector('source')?.getAttribute('src')).to.contain('/img/clip.webm');
      const image = page.doc.querySelector('img')!;
      expect(image.getAttribute('srcset')).to.contain('photo-2x.gif 2x');
      await waitFor(async () => (await page!.requests()).includes('img/photo.gif') || (await page!.requests()).includes('img/photo-2x.gif'), 'image request');
      expect(page.doc.querySelector('audio')?.getAttribute('src')).to.contain('/img/sound.mp3');
      expect(page.doc.querySelectorAll('[data-cookie-basis-placeholder]').length).to.equal(0);
    });

    it('reloads the page after a withdrawal with reload-on-revoke="always"', async () => {
      page = await pages.open({ page: 'media.html', attrs: { 'reload-on-revoke': 'always' } });
      await page.win.cookieBasis?.set({ media: true });
      await waitFor(() => page?.ran().includes('media'), 'media script');
      const reloaded = new Promise((resolve) => { page!.frame.addEventListener('load', resolve, { once: true }); });
      await page.win.cookieBasis?.set({ media: false });
      await reloaded;
      const win = page.frame.contentWindow as TestPage['win'];
      await waitFor(() => win.__events.some((e) => e.type === 'consent-ready'), 'ready after reload');
      expect(win.__tp ?? []).to.deep.equal([]);
    });

    it('puts the placeholder back after withdrawal', async () => {
      page = await pages.open({ attrs: { 'reload-on-revoke': 'never' } });
      await page.win.cookieBasis?.acceptAll();
      await waitFor(() => page?.doc.querySelector('iframe[src]'), 'loaded frame');
      await page.win.cookieBasis?.set({ marketing: false });
      await waitFor(() => page?.doc.querySelector('[data-cookie-basis-placeholder]'), 'placeholder');
      const frame = page.doc.querySelector<HTMLIFrameElement>('iframe[data-category]')!;
      expect(frame.hasAttribute('src')).to.equal(false);
      expect(frame.style.display).to.equal('none');
    });
  });
});
