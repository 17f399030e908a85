import { warn } from './warn.js';

/** Calls each listener over a snapshot of the list; a throwing listener is reported and the others still run. */
export function callAll<A extends unknown[]>(listeners: Iterable<(...args: A) => void>, ...args: A): void {
  for (const listener of [...listeners]) {
    try {
      listener(...args);
    } catch (error) {
      warn('listener-error', `a consent listener threw: ${String(error)}; the others still ran.`, 'error');
    }
  }
}
