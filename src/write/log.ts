import type { Report } from '../core/report.js';

type Level = 'error' | 'warn' | 'info';

/** Prints a console message from the write path or the UI; the texts come in a chunk of their own, loaded on the first one. */
export function log(code: string, text: string, level: Level = 'warn'): void {
  import('./messages.js').then((messages) => { messages.say(code, text, level); }, () => undefined);
}

/** Prints a message by key, as the fast path reports them. */
export function logReport(report: Report): void {
  import('./messages.js').then((messages) => { messages.print(report); }, () => undefined);
}
