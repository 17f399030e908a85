import { expect } from '@open-wc/testing';
import { pagesPerTest, waitFor, type TestPage } from './helpers/page.js';

/**
 * The same markup (written for vanilla-cookieconsent v3: data-category, data-service, !name)
 * under vanilla-cookieconsent 3.1 itself and under cookie-basis, given the same answers through
 * each library's API: the same scripts run.
 */
interface Vanilla {
  acceptCategory(categories: string | string[]): void;
  acceptService(service: string | string[], category: string): void;
}
type Answer = 'none' | 'accept-all' | 'reject-all' | 'all-services' | 'withdraw';

const vanillaOf = (page: TestPage): Vanilla => (page.win as unknown as { CookieConsent: Vanilla }).CookieConsent;

async function underVanilla(pages: ReturnType<typeof pagesPerTest>, answer: Answer): Promise<string[]> {
  const page = await pages.open({ page: 'vanilla.html', build: 'none', ready: false, query: { vanilla: '1' } });
  await waitFor(() => (page.win as unknown as { __vanillaReady?: boolean }).__vanillaReady, 'vanilla-cookieconsent');
  const vanilla = vanillaOf(page);
  if (answer === 'accept-all') vanilla.acceptCategory('all');
  if (answer === 'reject-all') vanilla.acceptCategory([]);
  if (answer === 'all-services') {
    vanilla.acceptService(['ga', 'hotjar'], 'analytics');
    vanilla.acceptCategory(['analytics']);
  }
  if (answer === 'withdraw') {
    vanilla.acceptCategory('all');
    vanilla.acceptCategory([]);
  }
  return page.ran().sort();
}

/** Gives the same answer to cookie-basis and waits until what ran is what vanilla ran (or times out naming both). */
async function matchesUnderCookieBasis(pages: ReturnType<typeof pagesPerTest>, answer: Answer, theirs: readonly string[]): Promise<void> {
  const page = await pages.open({ page: 'vanilla.html', attrs: { 'reload-on-revoke': 'never' } });
  const api = page.win.cookieBasis!;
  if (answer === 'accept-all') await api.acceptAll();
  if (answer === 'reject-all') await api.rejectAll();
  if (answer === 'all-services') await api.set({ ga: true, hotjar: true, marketing: false });
  if (answer === 'withdraw') {
    await api.acceptAll();
    // A visitor withdraws after the scripts ran (vanilla runs them synchronously; cookie-basis
    // re-checks the choice just before each insertion, so a same-task withdrawal would stop them).
    await waitFor(() => page.ran().includes('marketing'), 'the accepted scripts');
    await api.rejectAll();
  }
  const same = (): boolean => JSON.stringify(page.ran().sort()) === JSON.stringify(theirs);
  await waitFor(same, `vanilla ran ${JSON.stringify(theirs)}`).catch(() => {
    throw new Error(`vanilla-cookieconsent ran ${JSON.stringify(theirs)}, cookie-basis ${JSON.stringify(page.ran().sort())}`);
  });
}

describe('markup written for vanilla-cookieconsent v3, compared with vanilla-cookieconsent 3.1 itself', () => {
  const pages = pagesPerTest();

  for (const answer of ['none', 'accept-all', 'reject-all', 'all-services', 'withdraw'] as const) {
    it(`runs the same scripts: ${answer === 'none' ? 'before any answer' : answer}`, async () => {
      const theirs = await underVanilla(pages, answer);
      if (answer === 'accept-all' || answer === 'withdraw') expect(theirs.length, 'the answer ran something under vanilla').to.be.above(0);
      await matchesUnderCookieBasis(pages, answer, theirs);
    });
  }
});
