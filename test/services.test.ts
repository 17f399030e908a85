import { expect } from '@open-wc/testing';
import { axeViolations } from './helpers/axe.js';
import { consentCookie, pagesPerTest, placeholderOn, waitFor, type TestPage } from './helpers/page.js';

const placeholderOf = async (page: TestPage): Promise<ShadowRoot> => (await placeholderOn(page)).shadowRoot!;

describe('per-service consent', () => {
  const pages = pagesPerTest();

  it('the video\'s placeholder names its provider and country, says what loading sends, and allows that service alone', async () => {
    const page = await pages.open({ page: 'services.html' });
    const placeholder = await placeholderOf(page);
    const text = placeholder.textContent;
    expect(text).to.include('Google Ireland Ltd.');
    expect(text).to.include('United States');
    expect(text).to.include('IP address');
    placeholder.querySelector<HTMLElement>('[part~="button-allow"]')!.click();
    await waitFor(() => page.doc.querySelector('iframe')?.getAttribute('src'), 'the video loads');
    await waitFor(() => page.ran().includes('youtube-api'), 'the YouTube script');
    const api = page.win.cookieBasis!;
    expect(api.allowed('youtube')).to.equal(true);
    expect(api.allowed('adnet')).to.equal(false);
    expect(api.allowed('marketing'), 'a category counts only when every service is allowed').to.equal(false);
    expect(page.ran()).to.not.include('marketing');
    expect(page.ran()).to.not.include('adnet');
    expect(await page.requests()).to.not.include('js/adnet.js');
    expect(api.record).to.include({ method: 'placeholder', source: 'placeholder' });
    expect(api.record!.choices).to.deep.equal({ youtube: true });
    await page.part('banner');
  });

  it('gives the focus to the video after Allow, and brings the placeholder back after a withdrawal', async () => {
    const page = await pages.open({ page: 'services.html' });
    const placeholder = await placeholderOf(page);
    const allow = placeholder.querySelector<HTMLElement>('[part~="button-allow"]')!;
    page.frame.focus();
    allow.focus();
    allow.click();
    const video = page.doc.querySelector('iframe')!;
    await waitFor(() => video.getAttribute('src'), 'the video loads');
    await waitFor(() => page.doc.activeElement === video, 'the focus on the video, not on <body>');
    await page.win.cookieBasis!.set({ youtube: false });
    const back = await placeholderOf(page);
    expect(back.textContent).to.include('Google Ireland Ltd.');
    expect(page.doc.querySelector('iframe')?.hasAttribute('src'), 'the video unloaded').to.equal(false);
  });

  it('takes a service named after an Object.prototype member like any other name', async () => {
    const page = await pages.open({ page: 'services.html', query: { service: 'constructor' } });
    const api = page.win.cookieBasis!;
    await api.ready;
    expect(api.allowed('constructor')).to.equal(false);
    await api.set({ constructor: true });
    expect(api.allowed('constructor')).to.equal(true);
    expect(api.allowed('youtube')).to.equal(false);
    expect(api.record!.choices).to.deep.equal({ youtube: false, adnet: false, constructor: true, marketing: false });
    expect(decodeURIComponent(consentCookie() ?? '')).to.contain('constructor:1');
  });

  it('shows a switch per service under its category; the category switch sets them all', async () => {
    const page = await pages.open({ page: 'services.html', lang: 'de' });
    page.win.cookieBasis!.showPreferences();
    const dialog = await page.part<HTMLDialogElement>('dialog');
    await waitFor(() => dialog.open, 'the preferences');
    const service = (name: string): HTMLInputElement => dialog.querySelector<HTMLInputElement>(`[part~="service"][data-service="${name}"] input`)!;
    const youtubeRow = dialog.querySelector('[part~="service"][data-service="youtube"]')!;
    expect(youtubeRow.textContent).to.include('Google Ireland Ltd.');
    expect(youtubeRow.textContent).to.include('Eingebettete Videos');
    expect(youtubeRow.textContent).to.include('Vereinigte Staaten (EU-US Data Privacy Framework)');
    expect(youtubeRow.textContent).to.include('180 Tage');
    expect(youtubeRow.querySelector('a')?.getAttribute('href')).to.equal('https://policies.google.com/privacy');
    expect(await axeViolations(page)).to.deep.equal([]);

    service('adnet').click();
    dialog.querySelector<HTMLElement>('[part~="button-save"]')!.click();
    await waitFor(() => page.ran().includes('adnet'), 'the ad network');
    expect(page.ran()).to.not.include('youtube-api');
    expect(page.ran()).to.not.include('marketing');
    expect(page.win.cookieBasis!.record!.choices).to.deep.equal({ youtube: false, adnet: true, marketing: false });

    page.win.cookieBasis!.showPreferences();
    await waitFor(() => dialog.open, 'the preferences again');
    dialog.querySelector<HTMLInputElement>('input[name="marketing"]')!.click();
    await waitFor(() => service('youtube').checked && service('adnet').checked, 'the category switch turns its services on');
    dialog.querySelector<HTMLElement>('[part~="button-save"]')!.click();
    await waitFor(() => page.ran().includes('marketing') && page.ran().includes('youtube-api'), 'the whole category');
    expect(page.win.cookieBasis!.allowed('marketing')).to.equal(true);
  });

  it('takes service names in the API and the events, and runs a !service script once it is refused', async () => {
    const page = await pages.open({ page: 'services.html' });
    expect(page.ran()).to.not.include('no-adnet');
    const allowed = page.win.cookieBasis!.whenAllowed('adnet');
    await page.win.cookieBasis!.set({ adnet: true });
    await allowed;
    const change = page.win.__events.at(-1)!;
    expect(change.detail.changed).to.deep.equal(['adnet']);
    expect(change.detail.granted).to.include('adnet');
    expect(change.detail.denied).to.include.members(['youtube', 'marketing']);
    await page.win.cookieBasis!.set({ adnet: false });
    await waitFor(() => page.ran().includes('no-adnet'), 'the !adnet script');
  });

  it('names the third parties of each consent category on the first layer', async () => {
    const page = await pages.open({ page: 'services.html' });
    const banner = await page.part('banner');
    expect(banner.textContent).to.include('Recipients: Marketing: Google Ireland Ltd. (United States), AdNet GmbH (Germany).');
  });

  it('declares per service the recipient, country and safeguard, purpose, retention and policy, in the page language, and the consent cookie by itself', async () => {
    const page = await pages.open({ page: 'services.html', lang: 'de' });
    const root = await waitFor(() => page.doc.querySelector('cookie-declaration')?.shadowRoot?.querySelector('[part="services"]')?.getRootNode() as ShadowRoot | undefined, 'the declaration');
    const youtube = Array.from(root.querySelectorAll('[part="services"] tbody tr')).find((row) => row.querySelector('th')?.textContent === 'YouTube')!;
    const cells = Array.from(youtube.querySelectorAll('td'), (cell) => cell.textContent.trim());
    expect(cells.slice(0, 4)).to.deep.equal(['Google Ireland Ltd.', 'Vereinigte Staaten (EU-US Data Privacy Framework)', 'Eingebettete Videos', '180 Tage']);
    expect(youtube.querySelector('a')?.getAttribute('href')).to.equal('https://policies.google.com/privacy');
    const cookieRow = Array.from(root.querySelectorAll('[part="table"] tbody tr')).find((row) => row.querySelector('th')?.textContent === 'VISITOR_INFO1_LIVE')!;
    expect(cookieRow.textContent).to.include('Video-Einstellungen');
    expect(cookieRow.textContent).to.include('180 Tage');
    expect(cookieRow.textContent).to.include('Google Ireland Ltd.');
    const own = Array.from(root.querySelectorAll('[part="table"] tbody tr')).find((row) => row.querySelector('th')?.textContent === 'cookie_basis')!;
    expect(own.textContent).to.include('364 Tage');
    expect(own.textContent).to.include('Diese Website');
    expect(await axeViolations(page, 'cookie-declaration')).to.deep.equal([]);
  });
});
