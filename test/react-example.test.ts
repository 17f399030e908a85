import { expect } from '@open-wc/testing';
import { clearCookies, waitFor } from './helpers/page.js';

/** The React 19 example app (demo/react, built by `npm run build`) in StrictMode. */
async function openApp() {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  frame.src = '/demo/react/dist/index.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const text = (id: string) => doc.getElementById(id)?.textContent ?? '';
  const root = () => doc.querySelector('cookie-consent')?.shadowRoot;
  return { frame, doc, text, root };
}

describe('React example', () => {
  afterEach(() => { clearCookies(); });

  it('renders the banner once and reacts to consent-change, with one listener despite StrictMode', async () => {
    const app = await openApp();
    const accept = await waitFor(() => app.root()?.querySelector<HTMLElement>('[part~="button-accept-all"]'), 'banner in the React app');
    expect(app.doc.querySelectorAll('cookie-consent').length).to.equal(1);
    expect(app.root()?.querySelectorAll('[part~="banner"]').length).to.equal(1);
    expect(app.text('statistics')).to.equal('Statistics: allowed');
    expect(app.text('marketing')).to.equal('Marketing: not allowed');
    accept.click();
    await waitFor(() => app.text('marketing') === 'Marketing: allowed', 'marketing allowed in React state');
    expect(app.text('changes')).to.equal('Changes: 1 (last: banner: necessary, statistics, marketing)');
    expect(app.doc.getElementById('video') !== null, 'video shown').to.equal(true);
    app.frame.remove();
  });

  it('changes state from a React button through the API', async () => {
    const app = await openApp();
    const allow = await waitFor(() => app.doc.getElementById('allow-video'), 'allow button');
    await waitFor(() => app.root()?.querySelector('[part~="banner"]'), 'banner');
    allow.click();
    await waitFor(() => app.doc.getElementById('video'), 'video after allowing');
    expect(app.text('changes')).to.contain('api: necessary, statistics, marketing');
    app.frame.remove();
  });
});
