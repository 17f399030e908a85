/** Where every console code is explained. */
export const MESSAGES_URL = 'https://github.com/cookie-basis/cookie-basis/blob/main/docs/messages.md';

const printed = new Set<string>();

/**
 * Prints one console message: `[cookie-basis] code: text. url#code`, once per page for the same
 * code and text. Kept in production builds: a misconfiguration message is part of the product.
 */
export function warn(code: string, text: string, level: 'warn' | 'error' | 'info' = 'warn'): void {
  const key = code + text;
  if (printed.has(key)) return;
  printed.add(key);
  console[level](`[cookie-basis] ${code}: ${text} ${MESSAGES_URL}#${code}`);
}
