import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { strings as de } from '../../src/i18n/de.js';
import { strings as en } from '../../src/i18n/en.js';
import { axeViolations } from '../helpers/axe.js';
import { clearCookies, consentCookie, openPreferences, pagesPerTest, waitFor, type TestPage } from '../helpers/page.js';


/** The element that has focus inside the page, looking into shadow roots. */
function focused(page: TestPage): Element | null {
  let active = page.doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const firefox = navigator.userAgent.includes('Firefox');
const partOf = (element: Element | null): string => element?.getAttribute('part') ?? element?.tagName ?? 'nothing';

/** Focuses an element inside the page's iframe, so that real key presses reach it. */
function focusIn(page: TestPage, element: HTMLElement): void {
  page.frame.focus();
  element.focus();
}

async function tab(shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
}

describe('<cookie-consent>', () => {
  const pages = pagesPerTest();
  let page: TestPage | undefined;
  afterEach(async () => {
    if (!firefox) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('first layer', () => {
    it('names what runs on which basis, the right to object and to withdraw, with links', async () => {
      page = await pages.open();
      const banner = await page.part('banner');
      const text = banner.textContent.replace(/\s+/g, ' ');
      expect(text).to.contain('With your consent we also use: Audience and Marketing.');
      expect(text).to.contain('We process data for Statistics on the basis of our legitimate interest (Art. 6(1)(f) GDPR). You may object at any time (Art. 21 GDPR)');
      expect(text).to.contain('You can withdraw your consent at any time, with effect for the future, under “Cookie settings”');
      expect(text).to.contain('If you close this notice with ×, everything that needs your consent stays off.');
      expect(banner.querySelector('a[href="/privacy"]')?.textContent).to.equal('Privacy policy');
      expect(banner.querySelector('a[href="/imprint"]')?.textContent).to.equal('Imprint');
      expect(banner.getAttribute('role')).to.equal('region');
      expect(page.root.getElementById('banner-title')?.textContent).to.equal('Your privacy choices');
    });

    it('is announced politely without taking focus', async () => {
      page = await pages.open();
      await page.part('banner');
      const status = page.root.querySelector('[role="status"]')!;
      await waitFor(() => status.textContent.includes('Your privacy choices'), 'announcement');
      expect(page.root.activeElement === null, 'focus stays on the page').to.equal(true);
      await page.win.cookieBasis?.rejectAll();
      await waitFor(() => status.textContent === '', 'announcement cleared');
    });

    it('gives Accept all, Reject all and Settings the same size, colours and weight', async () => {
      page = await pages.open();
      const buttons = await Promise.all(['button-accept-all', 'button-reject-all', 'button-preferences'].map((p) => page!.part(p)));
      const looks = buttons.map((button) => {
        const style = page!.win.getComputedStyle(button);
        const box = button.getBoundingClientRect();
        return [Math.round(box.width), Math.round(box.height), style.color, style.backgroundColor, style.fontWeight, style.fontSize, style.borderColor].join(' ');
      });
      expect(looks[1]).to.equal(looks[0]);
      expect(looks[2]).to.equal(looks[0]);
    });

    it('takes × as a refusal of what needs consent: recorded, remembered, legitimate interests kept, focus on the way back in', async () => {
      page = await pages.open();
      const close = await page.part('button-close');
      expect(close.getAttribute('aria-label')).to.equal('Close without consenting');
      focusIn(page, close);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => consentCookie(), 'the consent cookie');
      const fields = decodeURIComponent(consentCookie() ?? '').split('|');
      expect(fields[4], 'method close').to.equal('c');
      expect(fields[9]).to.equal('statistics:1/audience:0/marketing:0');
      const change = page.win.__events.find((event) => event.type === 'consent-change');
      expect(change?.detail.source).to.equal('close');
      expect(page.win.cookieBasis?.allowed('statistics'), 'legitimate interest kept').to.equal(true);
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(false);
      await waitFor(() => focused(page!) === page?.doc.getElementById('settings-link'), `focus on the settings link, not ${partOf(focused(page))}`);
      page.close();
      // The next page: the answer stands, the banner stays away, nothing that needs consent runs.
      page = await pages.open();
      const state = await page.win.cookieBasis!.ready;
      expect(state.mustAsk).to.equal(false);
      await waitFor(() => page?.ran().includes('stats-inline'), 'the legitimate interest ran');
      expect(page.ran()).to.not.include('marketing');
      expect(page.doc.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]') ?? null).to.equal(null);
    });

    it('gives the focus to the way back in after Save in preferences opened from the banner, never to <body>', async () => {
      page = await pages.open();
      focusIn(page, await page.part('button-preferences'));
      await sendKeys({ press: 'Enter' });
      const dialog = await page.part<HTMLDialogElement>('dialog');
      await waitFor(() => dialog.open, 'the preferences');
      const save = dialog.querySelector<HTMLElement>('[part~="button-save"]')!;
      save.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => consentCookie(), 'the consent cookie');
      await waitFor(() => focused(page!) === page?.doc.getElementById('settings-link'), `focus on the settings link, not ${partOf(focused(page))}`);
    });

    it('takes Escape on the first layer as the same refusal', async () => {
      page = await pages.open();
      focusIn(page, await page.part('button-reject-all'));
      await sendKeys({ press: 'Escape' });
      await waitFor(() => consentCookie(), 'the consent cookie');
      expect(decodeURIComponent(consentCookie() ?? '').split('|')[4]).to.equal('c');
      expect(page.root.querySelector('[part~="banner"]')).to.equal(null);
    });

    it('is a notice with OK and Object, never Accept all, when nothing needs consent', async () => {
      page = await pages.open({ page: 'notice.html' });
      const banner = await page.part('banner');
      const text = banner.textContent.replace(/\s+/g, ' ');
      expect(text).to.contain('nothing needs your consent').and.not.contain('withdraw').and.not.contain('Accept');
      expect(page.root.querySelector('[part~="button-accept-all"]')).to.equal(null);
      expect((await page.part('button-object')).textContent).to.equal('Object');
      (await page.part('button-ok')).click();
      await waitFor(() => consentCookie(), 'the consent cookie');
      const fields = decodeURIComponent(consentCookie() ?? '').split('|');
      expect([fields[4], fields[9]]).to.deep.equal(['s', 'statistics:1']);
      expect(page.win.cookieBasis?.allowed('statistics')).to.equal(true);
      const dialog = await openPreferences(page);
      expect(dialog.querySelector('[part~="button-accept-all"]'), 'no Accept all in the preferences either').to.equal(null);
      expect(dialog.querySelector('[part~="button-object"]')?.textContent).to.equal('Object');
    });

    it('is used with the keyboard alone and does not trap focus', async () => {
      page = await pages.open();
      const link = page.doc.getElementById('settings-link')!;
      page.frame.focus();
      link.focus();
      await tab();
      expect(focused(page)?.textContent).to.equal('Privacy policy');
      await tab();
      expect(focused(page)?.textContent).to.equal('Imprint');
      await tab();
      expect(partOf(focused(page))).to.equal('button button-accept-all');
      await tab();
      expect(partOf(focused(page))).to.equal('button button-reject-all');
      await tab(true);
      expect(partOf(focused(page))).to.equal('button button-accept-all');
      await tab(true);
      await tab(true);
      await tab(true);
      expect(focused(page)).to.equal(link);
      for (let i = 0; i < 4; i++) await tab();
      await sendKeys({ press: ' ' });
      await waitFor(() => consentCookie()?.includes('|r|'), 'reject-all cookie');
      expect(page.root.querySelector('[part~="banner"]') === null, 'banner hidden').to.equal(true);
    });

    it('keeps the preferences reachable after accept and after reject', async () => {
      for (const choice of ['button-accept-all', 'button-reject-all']) {
        page = await pages.open();
        (await page.part(choice)).click();
        page.doc.getElementById('settings-link')!.click();
        const dialog = await page.part<HTMLDialogElement>('dialog');
        await waitFor(() => dialog.open, 'dialog open');
        page.close();
        clearCookies();
      }
    });

    it('does not shift the page (CLS 0), also at a mobile width', async function () {
      if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
      for (const width of [1024, 375]) {
        page = await pages.open({ width, height: 667, ready: false });
        let shifts = 0;
        const add = (entries: PerformanceEntryList): void => {
          for (const entry of entries) shifts += (entry as unknown as { value: number }).value;
        };
        const observer = new page.win.PerformanceObserver((list) => { add(list.getEntries()); });
        observer.observe({ type: 'layout-shift', buffered: true });
        await page.part('banner');
        // Measured once the banner is laid out and painted (two frames after it is in the tree), not in a fixed window.
        await new Promise((resolve) => { page!.win.requestAnimationFrame(() => { page!.win.requestAnimationFrame(resolve); }); });
        add(observer.takeRecords());
        observer.disconnect();
        expect(shifts, `width ${String(width)}`).to.equal(0);
        page.close();
      }
    });

    it('leaves most of a small screen visible', async () => {
      page = await pages.open({ width: 375, height: 667 });
      const banner = await page.part('banner');
      expect(banner.getBoundingClientRect().height).to.be.at.most(667 * 0.6 + 1);
    });

    it('ignores hostile page CSS', async () => {
      page = await pages.open();
      const accept = await page.part('button-accept-all');
      const before = page.win.getComputedStyle(accept).cssText || JSON.stringify([page.win.getComputedStyle(accept).border, page.win.getComputedStyle(accept).backgroundColor, page.win.getComputedStyle(accept).fontSize]);
      const style = page.doc.createElement('style');
      style.textContent = '* { all: revert !important; box-sizing: content-box !important; } button { border: 4px solid red !important; font-size: 40px !important; }';
      page.doc.head.append(style);
      const after = page.win.getComputedStyle(accept).cssText || JSON.stringify([page.win.getComputedStyle(accept).border, page.win.getComputedStyle(accept).backgroundColor, page.win.getComputedStyle(accept).fontSize]);
      expect(after).to.equal(before);
      expect(accept.getBoundingClientRect().height).to.be.above(0);
    });
  });

  describe('preferences', () => {
    it('shows each category with its basis, a locked contract row and unticked consent switches', async () => {
      page = await pages.open();
      const dialog = await openPreferences(page);
      const rows = Array.from(dialog.querySelectorAll('[part~="category"]'));
      expect(rows.map((r) => r.getAttribute('data-category'))).to.deep.equal(['necessary', 'statistics', 'audience', 'marketing']);
      expect(rows[0]?.querySelector('input') === null, 'no switch on the contract row').to.equal(true);
      expect(rows[0]?.textContent).to.contain('Always active')
        .and.contain('Strictly necessary – no consent needed (Art. 5(3), second sentence, ePrivacy Directive); processing: Art. 6(1)(b) GDPR');
      const switches = dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]');
      expect(Array.from(switches).map((s) => [s.name, s.checked])).to.deep.equal([['statistics', true], ['audience', false], ['marketing', false]]);
      expect(rows[1]?.textContent).to.contain('Legitimate interest (Art. 6(1)(f) GDPR)').and.contain('Switch off to object');
      expect(rows[2]?.textContent).to.contain('Art. 5(3) ePrivacy Directive').and.contain('runs only with your consent');
      expect(rows[3]?.textContent).to.contain('Consent (storage on your device: Art. 5(3) ePrivacy Directive; processing: Art. 6(1)(a) GDPR)');
      expect(rows[3]?.querySelector('details')?.textContent).to.contain('_fbp').and.contain('Ads Inc.').and.contain('3 months');
    });

    it('traps focus, writes nothing until Save, and gives focus back to the opener', async () => {
      page = await pages.open();
      await page.win.cookieBasis?.rejectAll();
      const link = page.doc.getElementById('settings-link')!;
      page.frame.focus();
      link.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = await page.part<HTMLDialogElement>('dialog');
      await waitFor(() => dialog.open, 'dialog open');
      const before = consentCookie();
      const marketing = dialog.querySelector<HTMLInputElement>('input[name="marketing"]')!;
      focusIn(page, marketing);
      await sendKeys({ press: ' ' });
      expect(marketing.checked).to.equal(true);
      expect(marketing.parentElement?.textContent).to.contain('On');
      expect(consentCookie()).to.equal(before);
      // Tab cycles inside the dialog: the page behind is inert
      for (let i = 0; i < 12; i++) {
        await tab();
        expect(dialog.contains(focused(page))).to.equal(true);
      }
      dialog.querySelector<HTMLElement>('[part~="button-save"]')!.click();
      await waitFor(() => !dialog.open, 'dialog closed');
      expect(consentCookie()).to.contain('marketing:1');
      expect(page.win.__events.at(-1)?.detail.source).to.equal('preferences');
      expect(focused(page)).to.equal(link);
    });

    it('closes with Escape, keeping the previous choice', async () => {
      page = await pages.open();
      await page.win.cookieBasis?.acceptAll();
      focusIn(page, page.doc.getElementById('settings-link')!);
      await sendKeys({ press: 'Enter' });
      const dialog = await page.part<HTMLDialogElement>('dialog');
      await waitFor(() => dialog.open, 'dialog open');
      const marketing = dialog.querySelector<HTMLInputElement>('input[name="marketing"]')!;
      marketing.click();
      focusIn(page, marketing);
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open, 'dialog closed');
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(true);
    });

    it('opens from the banner and returns focus there', async () => {
      page = await pages.open();
      const settings = await page.part('button-preferences');
      focusIn(page, settings);
      await sendKeys({ press: 'Enter' });
      const dialog = await page.part<HTMLDialogElement>('dialog');
      await waitFor(() => dialog.open, 'dialog open');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open, 'dialog closed');
      expect(partOf(focused(page))).to.equal('button button-preferences');
    });
  });

  describe('languages', () => {
    it('has the same strings in English and German', () => {
      expect(Object.keys(de).sort()).to.deep.equal(Object.keys(en).sort());
      expect(Object.keys(de.labels).sort()).to.deep.equal(Object.keys(en.labels).sort());
      for (const [key, value] of Object.entries(de)) expect(typeof value, key).to.equal(typeof en[key as keyof typeof en]);
    });

    it('speaks German on <html lang="de-AT">, with German citations of Austrian law', async () => {
      page = await pages.open({ lang: 'de-AT', attrs: { jurisdiction: 'at' } });
      const banner = await page.part('banner');
      expect(banner.closest('[lang]')?.getAttribute('lang')).to.equal('de');
      expect(banner.textContent).to.contain('Alle ablehnen').and.contain('Art. 6 Abs. 1 S. 1 lit. f DSGVO').and.contain('Statistik');
      page.win.cookieBasis?.showPreferences();
      const dialog = await page.part('dialog');
      await waitFor(() => dialog.textContent.includes('Art. 6 Abs. 1 S. 1 lit. a DSGVO'), 'German citation');
      expect(dialog.textContent).to.contain('§ 165 Abs. 3 TKG 2021').and.contain('§ 165 Abs. 3 S. 3 TKG 2021').and.not.contain('TDDDG');
    });

    it('falls back to English for an unknown language, with no raw keys', async () => {
      page = await pages.open({ lang: 'xx' });
      const banner = await page.part('banner');
      expect(banner.closest('[lang]')?.getAttribute('lang')).to.equal('en');
      expect(banner.textContent).to.contain('Accept all');
      // innerText: paragraphs and buttons as lines, so that a raw key (camelCase) stands out.
      expect(banner.innerText).to.not.match(/\b[a-z]+[A-Z][a-zA-Z]+\b|undefined|\{\w+\}/);
    });

    it('takes the lang attribute over the page language, and text overrides: strings, parameters, table members, citations', async () => {
      page = await pages.open({ page: 'texts.html', lang: 'en' });
      const banner = await page.part('banner');
      expect(banner.textContent).to.contain('Alle ablehnen').and.contain('Mit Ihrer Einwilligung: Werbung.');
      expect(page.root.getElementById('banner-title')?.textContent).to.equal('Cookies bei der Rösterei');
      page.win.cookieBasis?.showPreferences();
      const dialog = await page.part('dialog');
      await waitFor(() => dialog.textContent.includes('Verarbeitung: Art. 6 Abs. 1 lit. a DS-GVO'), 'the overridden citation');
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en', 'de']) {
      for (const theme of ['light', 'dark']) {
        for (const layout of ['bar', 'box', 'modal']) {
          it(`has no violations: ${lang}, ${theme}, ${layout}, banner and preferences`, async () => {
            page = await pages.open({ lang, attrs: { theme, layout } });
            await page.part('banner');
            expect(await axeViolations(page)).to.deep.equal([]);
            const dialog = await openPreferences(page);
            for (const details of Array.from(dialog.querySelectorAll('details'))) details.open = true;
            expect(await axeViolations(page)).to.deep.equal([]);
          });
        }
      }
    }

    it('has no violations with the GPC notice and the embed placeholder', async () => {
      page = await pages.open({ gpc: true });
      await page.part('gpc-notice');
      expect(await axeViolations(page, 'cookie-consent, [data-cookie-basis-placeholder]')).to.deep.equal([]);
    });

    it('follows the dark colour scheme in auto and drops motion when asked', async function () {
      if (firefox) this.skip(); // emulating media needs CDP; the dark theme itself is checked above with theme="dark"
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      page = await pages.open();
      const banner = await page.part('banner');
      expect(page.win.getComputedStyle(banner).backgroundColor).to.equal('rgb(31, 31, 36)');
      expect(page.win.getComputedStyle(banner).animationName).to.equal('none');
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  });

  describe('layouts and reopening', () => {
    it('shows the modal layout as a modal dialog that takes Escape as closing without consent', async () => {
      page = await pages.open({ attrs: { layout: 'modal' } });
      const banner = await page.part<HTMLDialogElement>('banner');
      await waitFor(() => banner.open, 'modal open');
      expect(banner.tagName).to.equal('DIALOG');
      expect(banner.matches(':modal')).to.equal(true);
      focusIn(page, banner.querySelector<HTMLElement>('[part~="button-accept-all"]')!);
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !banner.open, 'modal closed');
      await waitFor(() => consentCookie(), 'the consent cookie');
      expect(decodeURIComponent(consentCookie() ?? '').split('|')[4]).to.equal('c');
      expect(page.win.cookieBasis?.allowed('marketing')).to.equal(false);
    });

    it('offers a floating settings button that opens the preferences for returning visitors', async () => {
      page = await pages.open({ attrs: { 'settings-button': '' } });
      await page.win.cookieBasis?.rejectAll();
      page.close();
      page = await pages.open({ attrs: { 'settings-button': '' } });
      const button = await page.part('settings-button');
      expect(button.getAttribute('aria-label')).to.equal('Cookie settings');
      button.click();
      const dialog = await page.part<HTMLDialogElement>('dialog');
      await waitFor(() => dialog.open, 'dialog open');
    });

    it('adds the floating settings button for configure() without markup, and focuses it after a banner choice', async () => {
      page = await pages.open({ page: 'matomo.html', query: { case: 'li', settings: '' } });
      const button = await page.part('settings-button');
      await page.part('banner');
      expect(button.hidden, 'hidden while the banner asks').to.equal(true);
      focusIn(page, await page.part('button-reject-all'));
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !button.hidden, 'button shown');
      await waitFor(() => page?.root.activeElement === button, `focus on the settings button, not ${String(page.root.activeElement?.outerHTML)}`, 1000);
    });

    it('offers a reload after a withdrawal of something that ran', async () => {
      page = await pages.open();
      await page.win.cookieBasis?.acceptAll();
      await waitFor(() => page?.ran().includes('marketing'), 'marketing ran');
      await page.win.cookieBasis?.set({ marketing: false });
      const notice = await page.part('reload-notice');
      expect(notice.getAttribute('role')).to.equal('status');
      (await page.part('button-dismiss')).click();
      await waitFor(() => page?.root.querySelector('[part~="reload-notice"]') === null, 'the notice gone');
    });
  });
});
