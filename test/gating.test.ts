import { expect } from '@open-wc/testing';
import { clearCookies, openPage, settle, waitFor, type TestPage } from './helpers/page.js';

describe('gating', () => {
  let page: TestPage | undefined;
  afterEach(() => {
    page?.close();
    page = undefined;
    clearCookies();
  });

  it('runs only the cookieless legitimate-interest scripts before any choice', async () => {
    page = await openPage();
    await settle();
    const requests = await page.requests();
    expect(requests).to.deep.equal(['js/stats-a.js', 'js/stats-c.js']);
    expect(page.ran()).to.deep.equal(['stats-a', 'stats-inline', 'stats-c', 'no-marketing']);
  });

  it('loads marketing and audience right after accept all', async () => {
    page = await openPage();
    (await page.part('button-accept-all')).click();
    await waitFor(() => page?.ran().includes('marketing'), 'marketing script');
    const requests = await page.requests();
    expect(requests).to.include.members(['js/audience.js', 'js/marketing.js', 'frame/video.html']);
  });
});
