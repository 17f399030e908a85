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
showBasket();
showLog();
