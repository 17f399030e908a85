import { expect } from '@open-wc/testing';
import { deadline, waitFor } from './helpers/page.js';

interface Answer { id: number; cookie: string; ready: boolean; marketing: boolean | null; banner: boolean }

/**
 * A page on http://shop.localhost:<port>, in a window of its own (a first-party context, as a
 * visitor has it), driven over postMessage (test/pages/remote.js).
 */
async function remotePage(attrs = '') {
  const target = window.open(`http://shop.localhost:${location.port}/test/pages/domain.html?t=domain&attrs=${encodeURIComponent(attrs)}`, '_blank');
  if (!target) throw new Error('the browser blocked the window');
  let next = 0;
  const call = (name: string): Promise<Answer> => new Promise((resolve) => {
    const id = next++;
    const listen = (event: MessageEvent<Answer>) => {
      if (event.data.id !== id) return;
      window.removeEventListener('message', listen);
      resolve(event.data);
    };
    window.addEventListener('message', listen);
    target.postMessage({ id, call: name }, '*');
  });
  // The page in the other window may not listen yet: each call gets 100 ms, then the next one is sent.
  await waitFor(() => Promise.race([call('state').then((answer) => answer.ready), deadline(100, false)]), 'remote consent-ready');
  return { call, close: () => { target.close(); } };
}

const consentCookies = (cookie: string) => cookie.split('; ').filter((pair) => pair.startsWith('cookie_basis='));

describe('cookie domain', () => {
  it('moves a host-only choice to the shared domain: one effective choice, and reject all still works', async () => {
    let page = await remotePage();
    await page.call('clear');
    await page.call('acceptAll');
    page.close();

    page = await remotePage('cookie-domain=shop.localhost');
    let state = await page.call('state');
    expect(state.marketing).to.equal(true);
    expect(consentCookies(state.cookie).length).to.equal(1);
    state = await page.call('rejectAll');
    expect(consentCookies(state.cookie).length).to.equal(1);
    expect(state.marketing).to.equal(false);
    page.close();

    page = await remotePage('cookie-domain=shop.localhost');
    state = await page.call('state');
    expect(state.marketing).to.equal(false);
    expect(state.banner).to.equal(false);
    expect(consentCookies(state.cookie).length).to.equal(1);
    await page.call('clear');
    page.close();
  });
});
