// The demo shop's own code: a basket (a contract cookie) and a log of what the third party did.
const basket = () => Number(/(?:^|; )basket=(\d+)/.exec(document.cookie)?.[1] ?? 0);
const showBasket = () => {
  const el = document.getElementById('basket');
  if (el) el.textContent = `Basket: ${basket()} items`;
};
document.addEventListener('click', (event) => {
  if (!(event.target instanceof HTMLButtonElement) || !event.target.closest('.products')) return;
  document.cookie = `basket=${basket() + 1}; Path=/; SameSite=Lax`;
  showBasket();
});
const showLog = () => {
  const list = document.getElementById('log');
  if (!list) return;
  list.replaceChildren(...(window.demoLog ?? []).map((line) => Object.assign(document.createElement('li'), { textContent: line })));
};
document.addEventListener('demo-log', showLog);
document.addEventListener('consent-change', (event) => {
  (window.demoLog ||= []).push(`consent-change (${event.detail.source}): granted ${event.detail.granted.join(', ')}`);
  showLog();
});
// The visitor's receipt on the privacy page, from the public API: the stored record and the
// receiver's copy of it (`/consent/{id}`, served by cookie-basis-receiver behind this origin).
const showReceipt = (record) => {
  const el = document.getElementById('receipt');
  if (!el || !record) return;
  const link = Object.assign(document.createElement('a'), {
    href: `/consent/${encodeURIComponent(record.id)}`, download: `consent-receipt-${record.id}.json`, textContent: 'download it',
  });
  el.replaceChildren(`Your choice of ${new Date(record.time).toLocaleString('en')} (revision ${record.revision}) has the id `,
    Object.assign(document.createElement('code'), { textContent: record.id }), ': ', link, '.');
};
for (const type of ['consent-ready', 'consent-change']) document.addEventListener(type, (event) => showReceipt(event.detail.record));
showReceipt(window.cookieBasis?.record);
showBasket();
showLog();
// The demo's jurisdiction and language switch keeps its choice across the shop's pages.
if (location.search) for (const link of document.querySelectorAll('header nav a, footer a[href$=".html"]')) link.search = location.search;
