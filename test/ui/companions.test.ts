import { expect } from '@open-wc/testing';
import { axeViolations } from '../helpers/axe.js';
import { consentCookie, decided, pagesPerTest, waitFor, type TestPage } from '../helpers/page.js';

const declarationOf = (page: TestPage) => waitFor(() => {
  const root = page.doc.querySelector('cookie-declaration')?.shadowRoot;
  return root?.querySelector('section') ? root : null;
}, 'rendered declaration');
const objectionOf = (page: TestPage, category: string) => waitFor(() => {
  const root = page.doc.querySelector(`cookie-objection[category="${category}"]`)?.shadowRoot;
  return root?.querySelector('input') ? root : null;
}, `rendered objection for ${category}`);

describe('policy companions', () => {
  const pages = pagesPerTest();
  let page: TestPage | undefined;
  let other: TestPage | undefined;

  describe('<cookie-declaration>', () => {
    it('lists every configured cookie with its basis and the visitor\'s state, in English', async () => {
      page = await pages.open({ page: 'policy.html' });
      const root = await declarationOf(page);
      const sections = Array.from(root.querySelectorAll('section'));
      expect(sections.map((s) => s.querySelector('[role="heading"]')?.textContent)).to.deep.equal(['Necessary', 'Statistics', 'Audience', 'Marketing', 'The cookie that keeps your choice']);
      const rows = Array.from(root.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((cell) => cell.textContent.trim()));
      expect(rows).to.deep.equal([
        ['basket', 'Test shop', 'Keeps your basket', 'session', 'Cookie', ''],
        ['_pk_id.*', 'Matomo', 'Recognises returning visitors', '13 months', 'Cookie', ''],
        ['_fbp', 'Ads Inc.', 'Ad measurement', '3 months', 'Cookie', 'Third party'],
        ['ads-*', 'Ads Inc.', 'Ad preferences', 'persistent', 'Local storage', ''],
        ['cookie_basis', 'This site', 'Keeps your cookie choices and the proof of them (Art. 7(1) GDPR); necessary, set without consent', '364 days', 'Cookie', 'First party'],
        // Its copy for the fast path (decision record 5), declared beside it.
        ['cookie-basis:cookie_basis', 'This site', 'Keeps your cookie choices and the proof of them (Art. 7(1) GDPR); necessary, set without consent', '364 days', 'Local storage', 'First party'],
      ]);
      expect(sections[0]?.textContent).to.contain('Art. 6(1)(b) GDPR').and.contain('Always active');
      expect(sections[1]?.textContent).to.contain('Art. 6(1)(f) GDPR').and.contain('Your current choice: On');
      expect(sections[2]?.textContent).to.contain('Art. 5(3) ePrivacy Directive').and.contain('Your current choice: Off');
      expect(sections[3]?.textContent).to.contain('Art. 6(1)(a) GDPR');
      expect(root.querySelector('table caption')?.textContent).to.contain('Necessary');
      expect(root.textContent).to.contain('Global Privacy Control');
    });

    it('cites the basis in German, with German law for jurisdiction="de"', async () => {
      page = await pages.open({ page: 'policy.html', lang: 'de', attrs: { jurisdiction: 'de' } });
      const root = await declarationOf(page);
      const text = root.textContent;
      expect(text).to.contain('Art. 6 Abs. 1 S. 1 lit. b DSGVO').and.contain('Art. 6 Abs. 1 S. 1 lit. f DSGVO').and.contain('Art. 6 Abs. 1 S. 1 lit. a DSGVO');
      expect(text).to.contain('Unbedingt erforderlich – keine Einwilligung nötig (§ 25 Abs. 2 Nr. 2 TDDDG)');
      expect(text).to.contain('§ 25 Abs. 1 TDDDG').and.contain('Drittanbieter').and.contain('Ihre aktuelle Auswahl');
      expect(Array.from(root.querySelectorAll('th[scope="col"]')).slice(0, 6).map((th) => th.textContent)).to.deep.equal(['Name', 'Anbieter', 'Zweck', 'Speicherdauer', 'Speicherort', 'Erst-/Drittanbieter']);
    });

    it('updates when the choice changes in the banner and in another tab', async () => {
      page = await pages.open({ page: 'policy.html' });
      const root = await declarationOf(page);
      (await page.part('button-accept-all')).click();
      await waitFor(() => root.querySelectorAll('section')[3]?.textContent.includes('Your current choice: On'), 'marketing on');
      other = await pages.open({ page: 'policy.html', token: page.token });
      await other.win.cookieBasis?.rejectAll();
      await waitFor(() => root.querySelectorAll('section')[3]?.textContent.includes('Your current choice: Off'), 'marketing off from the other tab', 1500);
      expect(root.querySelectorAll('section')[1]?.textContent).to.contain('Objected');
    });

    it('opens the preferences from its change button', async () => {
      page = await pages.open({ page: 'policy.html' });
      await page.win.cookieBasis?.rejectAll();
      const root = await declarationOf(page);
      root.querySelector<HTMLButtonElement>('[part~="button"]')?.click();
      const dialog = await page.part<HTMLDialogElement>('dialog');
      await waitFor(() => dialog.open, 'dialog open');
    });

    it('works alone on a page, from its src', async () => {
      page = await pages.open({ page: 'policy-alone.html' });
      const root = await declarationOf(page);
      expect(root.textContent).to.contain('Advertising').and.contain('_fbp');
      expect(page.win.cookieBasis?.allowed('necessary')).to.equal(true);
    });

    it('has no accessibility violations', async () => {
      page = await pages.open({ page: 'policy.html' });
      await page.win.cookieBasis?.rejectAll();
      await declarationOf(page);
      await objectionOf(page, 'statistics');
      expect(await axeViolations(page, 'cookie-declaration, cookie-objection')).to.deep.equal([]);
    });
  });

  describe('<cookie-objection>', () => {
    it('objects to a legitimate interest: cookie written, cookies cleared, gates closed, event fired', async () => {
      page = await pages.open({ page: 'policy.html', attrs: { 'reload-on-revoke': 'never' } });
      await page.win.cookieBasis?.acceptAll();
      page.doc.cookie = '_pk_id.1.x=1; Path=/';
      const root = await objectionOf(page, 'statistics');
      const input = root.querySelector('input')!;
      expect(input.checked).to.equal(true);
      expect(root.textContent).to.contain('Statistics is active: you have not objected');
      input.click();
      expect(page.win.cookieBasis?.allowed('statistics')).to.equal(false);
      expect(document.cookie).to.contain('statistics:0');
      const change = page.win.__events.at(-1)!;
      expect(change.detail.source).to.equal('objection');
      expect(change.detail.record?.method).to.equal('objection-switch');
      await waitFor(() => root.textContent.includes('You have objected to Statistics'), 'objected text');
      const audience = await objectionOf(page, 'audience');
      expect(audience.textContent).to.contain('You have consented to Audience');
      audience.querySelector('input')!.click();
      await waitFor(() => !document.cookie.includes('_pk_id'), 'the audience cookie cleared');
    });

    it('keeps a statistics script from running after the objection, on the next page', async () => {
      page = await pages.open({ page: 'policy.html' });
      const root = await objectionOf(page, 'statistics');
      root.querySelector('input')!.click();
      await waitFor(() => decodeURIComponent(consentCookie() ?? '').includes('statistics:0'), 'the objection stored');
      page.close();
      page = await pages.open({ page: 'policy.html' });
      await decided(page);
      expect(await page.requests()).to.deep.equal([]);
    });

    it('reflects GPC and works without a visible banner', async () => {
      page = await pages.open({ page: 'policy.html', gpc: true });
      await page.win.cookieBasis?.rejectAll();
      const root = await objectionOf(page, 'statistics');
      expect(root.querySelector('input')!.checked).to.equal(false);
      expect(root.querySelector('[part="gpc-notice"]')?.textContent).to.contain('Global Privacy Control');
      expect(page.root.querySelector('[part~="banner"]') === null, 'banner hidden').to.equal(true);
      const declaration = await declarationOf(page);
      expect(declaration.querySelector('[part="gpc-notice"]')?.textContent).to.contain('Statistics');
    });
  });
});
