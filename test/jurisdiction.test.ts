import { expect } from '@open-wc/testing';
import { pagesPerTest, waitFor, type TestPage } from './helpers/page.js';

type Entry = ArrayLike<unknown>;
/** The latest Google Consent Mode state the page pushed. */
const analyticsStorage = (page: TestPage): unknown => {
  const updates = (page.win as unknown as { dataLayer: Entry[] }).dataLayer.map((entry) => Array.from(entry)).filter((args) => args[0] === 'consent');
  return (updates.at(-1)?.[2] as Record<string, unknown> | undefined)?.analytics_storage;
};

/** Opens the exemption page with a query; resolves once the state is known. */
async function open(pages: ReturnType<typeof pagesPerTest>, query: Record<string, string>): Promise<TestPage> {
  const page = await pages.open({ page: 'jurisdiction.html', query });
  await waitFor(() => page.win.__events.some((event) => event.type === 'consent-ready'), 'consent-ready');
  return page;
}

describe('jurisdictions and device access', () => {
  const pages = pagesPerTest();

  describe('exemptions that are checked', () => {
    it('refuses an exemption no law knows: the category waits for consent, its script and signal stay off, the console names the values that exist', async () => {
      const page = await open(pages, { jurisdiction: 'de', exempt: 'berechtigtes-interesse' });
      await waitFor(() => page.win.__messages.some((m) => m.startsWith('error') && m.includes('unknown-exemption')), 'the unknown-exemption error');
      const message = page.win.__messages.find((m) => m.includes('unknown-exemption')) ?? '';
      expect(message).to.contain('exempt="berechtigtes-interesse"').and.contain('known there: strictly-necessary');
      expect(page.win.cookieBasis?.allowed('audience')).to.equal(false);
      expect(analyticsStorage(page)).to.equal('denied');
      expect(await page.requests()).to.not.include('js/audience.js');
      await page.win.cookieBasis?.set({ audience: true });
      await waitFor(() => page.ran().includes('audience'), 'the script runs after consent');
    });

    it('refuses the French exemption outside France', async () => {
      const page = await open(pages, { jurisdiction: 'de', exempt: 'cnil-audience' });
      await waitFor(() => page.win.__messages.some((m) => m.includes('unknown-exemption') && m.includes('jurisdiction="de"')), 'the error');
      expect(page.win.cookieBasis?.allowed('audience')).to.equal(false);
      expect(await page.requests()).to.not.include('js/audience.js');
    });

    it('applies the CNIL exemption in France while its conditions hold', async () => {
      const page = await open(pages, { jurisdiction: 'fr', exempt: 'cnil-audience' });
      await waitFor(() => page.ran().includes('audience'), 'the exempt script runs before any choice');
      expect(page.win.cookieBasis?.allowed('audience')).to.equal(true);
      expect(page.win.__messages.filter((m) => m.startsWith('error'))).to.deep.equal([]);
    });
  });

  describe('device access stated, not assumed', () => {
    it('keeps a legitimate interest without cookies closed until the site states device-access="none"', async () => {
      const silent = await open(pages, { cookieless: '' });
      expect(silent.win.cookieBasis?.allowed('audience'), 'silence is not a statement').to.equal(false);
      expect(await silent.requests()).to.not.include('js/audience.js');
      silent.close();
      const stated = await open(pages, { cookieless: '', access: 'none' });
      await waitFor(() => stated.ran().includes('audience'), 'the stated cookieless script runs before any choice');
      expect(analyticsStorage(stated), 'no device access: no storage signal granted').to.equal('denied');
    });

    it('does not believe device-access="none" next to a declared cookie', async () => {
      const page = await open(pages, { access: 'none' });
      await waitFor(() => page.win.__messages.some((m) => m.includes('device-access') && m.includes('_pk_id.*')), 'the device-access error');
      expect(page.win.cookieBasis?.allowed('audience')).to.equal(false);
    });
  });

  describe('the provision cited', () => {
    const cited: [string, string, string][] = [
      ['eu', 'Art. 5(3) ePrivacy Directive', 'Art. 5(3), second sentence, ePrivacy Directive'],
      ['de', '§ 25(1) TDDDG', '§ 25(2) no. 2 TDDDG'],
      ['at', '§ 165(3) TKG 2021', '§ 165(3), third sentence, TKG 2021'],
      ['fr', 'Art. 82 French Data Protection Act (Law No. 78-17)', 'Art. 82, final paragraph, point 2, French Data Protection Act'],
      ['it', 'Art. 122(1) Italian Data Protection Code', 'Art. 122(1) Italian Data Protection Code (strictly necessary)'],
      ['es', 'Art. 22(2) LSSI', 'Art. 22(2), third subparagraph, LSSI'],
      ['nl', 'Art. 11.7a(1) Dutch Telecommunications Act', 'Art. 11.7a(3)(b) Dutch Telecommunications Act'],
      ['be', 'Art. 10/2 Act of 30 July 2018', 'Art. 10/2 Act of 30 July 2018 (strictly necessary)'],
    ];
    for (const [jurisdiction, consent, exemption] of cited) {
      it(`cites ${jurisdiction === 'eu' ? 'the Directive' : `the law of "${jurisdiction}"`} for device access and its exemption, in English`, async () => {
        const page = await pages.open({ attrs: { jurisdiction } });
        page.win.cookieBasis?.showPreferences();
        const dialog = await page.part('dialog');
        await waitFor(() => dialog.textContent.includes(consent), `the consent provision ${consent}`);
        expect(dialog.textContent).to.contain(`no consent needed (${exemption})`);
        if (jurisdiction !== 'de') expect(dialog.textContent).to.not.contain('TDDDG');
      });
    }

    it('cites the Directive where no national provision is confirmed, and says why', async () => {
      const page = await pages.open({ attrs: { jurisdiction: 'ee' } });
      page.win.cookieBasis?.showPreferences();
      const dialog = await page.part('dialog');
      await waitFor(() => dialog.textContent.includes('Art. 5(3) ePrivacy Directive'), 'the Directive');
      await waitFor(() => page.win.__messages.some((m) => m.includes('jurisdiction-directive') && m.includes('Estonia')), 'the note');
    });
  });
});
