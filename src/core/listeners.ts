import { report } from './report.js';

/** Calls each listener over a snapshot of the list; a throwing listener is reported and the others still run. */
export function callAll<A extends unknown[]>(listeners: Iterable<(...args: A) => void>, ...args: A): void {
  for (const listener of [...listeners]) {
    try {
      listener(...args);
    } catch (error) {
      report('listenerError', String(error));
    }
  }
}
