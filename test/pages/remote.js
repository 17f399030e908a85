// Lets a test on another origin drive this page: a fixed set of calls over postMessage, no eval.
window.addEventListener('message', async (event) => {
  const { id, call } = event.data ?? {};
  const api = window.cookieBasis;
  if (call === 'acceptAll' || call === 'rejectAll') await api?.[call]();
  if (call === 'clear') {
    for (const pair of document.cookie.split('; ').filter(Boolean)) {
      const name = pair.split('=')[0];
      document.cookie = `${name}=; Max-Age=0; Path=/`;
      document.cookie = `${name}=; Max-Age=0; Path=/; Domain=${location.hostname}`;
    }
  }
  const banner = document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]');
  event.source?.postMessage({
    id,
    cookie: document.cookie,
    ready: window.__events?.some((e) => e.type === 'consent-ready') ?? false,
    marketing: api?.allowed('marketing') ?? null,
    banner: Boolean(banner),
  }, { targetOrigin: event.origin });
});
