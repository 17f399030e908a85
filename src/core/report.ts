/**
 * Console messages from the fast path. Their texts would cost every page view bytes, so the
 * fast path names a message by key with its arguments, and the texts (`write/messages.ts`) are
 * loaded on the first message. The decision a message explains is always taken at once; only
 * its words arrive a few milliseconds later.
 */

/** Every message the fast path can print; `write/messages.ts` has a text for each. */
export type MessageKey =
  | 'badValue' | 'badUrl' | 'badCategoryName' | 'badServiceName' | 'badBasis' | 'exemptIgnored' | 'unknownSignal' | 'unknownIntegration'
  | 'deviceAccessDeclared' | 'unknownExemption' | 'exemptionConditions' | 'lawCitesDirective'
  | 'duplicateCategory' | 'tooManyCategories' | 'nameCollision' | 'cookieWithoutName' | 'badStorage'
  | 'invalidJson' | 'invalidJsonSrc' | 'noElement' | 'notStarted' | 'startedTwice' | 'globalTaken' | 'globalReadOnly'
  | 'secondElement' | 'tamperedCookie' | 'offerChanged' | 'duplicateCookie' | 'cookiesBlocked' | 'unknownCategory' | 'unknownSetName'
  | 'invalidArgument' | 'listenerError' | 'integrationFailed' | 'trustedTypesPolicy' | 'trustedTypesScript'
  | 'chunkFailed' | 'gcmLate';

/** A message to print: its key and arguments. */
export interface Report {
  readonly key: MessageKey;
  readonly args: readonly string[];
}

type Printer = (report: Report) => void;

const queue: Report[] = [];
let printer: Printer | undefined;
let loadPrinter: (() => Promise<Printer>) | undefined;
let loading: Promise<unknown> | undefined;

function flush(): void {
  if (!loadPrinter || loading) return;
  loading = loadPrinter().then((print) => {
    printer = print;
    for (const report of queue.splice(0)) print(report);
  }, () => {
    // The texts could not be loaded (the chunk is missing, offline): the decisions stand; no retry per message.
    loadPrinter = undefined;
  });
}

/** Prints a message once the texts are there (loading them on the first message). */
export function report(key: MessageKey, ...args: string[]): void {
  if (printer) {
    printer({ key, args });
    return;
  }
  queue.push({ key, args });
  flush();
}

/** Tells `report` how to load the texts; messages reported before this wait for it. */
export function setPrinterLoader(load: () => Promise<Printer>): void {
  loadPrinter = load;
  if (queue.length > 0) flush();
}
