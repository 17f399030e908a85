/** `HTMLElement`, or a stand-in where there is none (server-side rendering), so that importing never throws. */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a stand-in with no members is the point
export const ElementBase = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

