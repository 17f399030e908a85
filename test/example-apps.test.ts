import { expect } from '@open-wc/testing';
import { clearCookies, waitFor } from './helpers/page.js';

/** An example app (demo/<framework>, built by `npm run build`) against the package's npm build. */
async function openApp(framework: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  frame.src = `/demo/${framework}/dist/index.html`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const text = (id: string) => doc.getElementById(id)?.textContent ?? '';
  const root = () => doc.querySelector('cookie-consent')?.shadowRoot;
  return { frame, doc, text, root };
}

/**
 * React 19 in StrictMode (effects run twice), Vue 3 with the elements as custom elements, and
 * Angular (standalone, zoneless, signals) with `CUSTOM_ELEMENTS_SCHEMA`.
 */
for (const framework of ['react', 'vue', 'angular']) {
  describe(`${framework} example`, () => {
    afterEach(() => { clearCookies(); });

    it('renders the banner once and reacts to consent-change, with one listener (React: despite StrictMode)', async () => {
      const app = await openApp(framework);
      const accept = await waitFor(() => app.root()?.querySelector<HTMLElement>('[part~="button-accept-all"]'), `banner in the ${framework} app`);
      expect(app.doc.querySelectorAll('cookie-consent').length).to.equal(1);
      expect(app.root()?.querySelectorAll('[part~="banner"]').length).to.equal(1);
      expect(app.text('statistics')).to.equal('Statistics: allowed');
      expect(app.text('marketing')).to.equal('Marketing: not allowed');
      accept.click();
      await waitFor(() => app.text('marketing') === 'Marketing: allowed', `marketing allowed in ${framework} state`);
      expect(app.text('changes')).to.equal('Changes: 1 (last: banner: necessary, statistics, marketing)');
      expect(app.doc.getElementById('video') !== null, 'video shown').to.equal(true);
      app.frame.remove();
    });

    it('changes state from an app button through the API', async () => {
      const app = await openApp(framework);
      const allow = await waitFor(() => app.doc.getElementById('allow-video'), 'allow button');
      await waitFor(() => app.root()?.querySelector('[part~="banner"]'), 'banner');
      allow.click();
      await waitFor(() => app.doc.getElementById('video'), 'video after allowing');
      expect(app.text('changes')).to.contain('api: necessary, statistics, marketing');
      app.frame.remove();
    });
  });
}
