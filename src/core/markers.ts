/** Attributes cookie-basis puts on page elements it creates or brings to life, so that its own code (the gate, the lint) can tell them apart. */

/** A script the gate brought to life (the lint tells it from a script the page left live). */
export const OPENED = 'data-cookie-basis-opened';
/** A placeholder standing in for a blocked embed. */
export const PLACEHOLDER = 'data-cookie-basis-placeholder';
