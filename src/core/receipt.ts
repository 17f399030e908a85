/**
 * Where the receiver serves a visitor's receipt: `{record-url}/{id}` (`/consent` →
 * `/consent/<id>`), without the record URL's query; `undefined` when the URL is not valid.
 */
export function receiptUrl(recordUrl: string, id: string, base: string): string | undefined {
  try {
    const url = new URL(recordUrl, base);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
