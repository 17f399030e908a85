/** A small non-cryptographic hash: names in the compact cookie, and what a consent was given to. */

/** FNV-1a over the UTF-16 code units of a text, as an unsigned 32-bit number. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** FNV-1a hash of a text, 8 hex digits. */
export function hashText(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}
