import type { Recorder } from '../core/chunks.js';
import { choicesFor, decisionsFor } from '../core/choices.js';
import type { ChoiceMethod, Decisions, RecordSource } from '../core/model.js';
import { nameMap, own } from '../core/names.js';
import { createRecord } from '../core/new-record.js';
import { clearDeclared } from './clear.js';
import { forgetChoice, storeChoice } from './cookies.js';
import { logReport } from './log.js';
import { postRecord } from './record-post.js';
import { declaredBy, unitOf } from '../core/units.js';

/**
 * Records a choice: unmentioned optional categories keep their current state; a switch on the
 * policy page or an embed's Allow answers for itself only (the record keeps the earlier answers
 * and leaves the banner's question open for the rest). Stores the cookie, moves the state,
 * sends the record.
 */
export function choose(runtime: Recorder, decisions: Decisions, method: ChoiceMethod, source: RecordSource, shown?: string): void {
  const { config, current } = runtime;
  const partial = source === 'objection' || source === 'placeholder';
  const earlier = current.record?.choices ?? {};
  const choices = choicesFor(config, decisions, (name) => (partial ? own(earlier, name) : own(current.allowed, name) ?? false));
  const record = createRecord(config, choices, {
    now: Date.now(), method, source, shown, gpc: current.gpcHonoured, language: runtime.language,
    page: /^https?:/.test(location.origin) ? { origin: location.origin, path: location.pathname } : undefined,
  });
  const stored = storeChoice(runtime.store, config, record);
  runtime.adopt(record, method === 'close' ? 'close' : source);
  postRecord(config, record, stored);
}

/** Accepts or rejects everything (reject all refuses consent and objects to every legitimate interest). */
export function answer(runtime: Recorder, accept: boolean, source: RecordSource, shown?: string): void {
  choose(runtime, decisionsFor(runtime.config, accept), accept ? 'accept-all' : 'reject-all', source, shown);
}

/** `consent.set({...})`: known optional names with boolean values; anything else is reported and left out. */
export function set(runtime: Recorder, choices: unknown): void {
  if (typeof choices !== 'object' || choices === null || Array.isArray(choices)) {
    logReport({ key: 'invalidArgument', args: [Array.isArray(choices) ? 'an array' : String(choices)] });
    return;
  }
  const known = Object.entries(choices as Record<string, unknown>).filter((entry): entry is [string, boolean] => {
    const [name, on] = entry;
    const unit = unitOf(runtime.config, name);
    if (!unit || typeof on !== 'boolean') {
      logReport({ key: 'unknownSetName', args: [name, String(on)] });
      return false;
    }
    return unit.category.basis !== 'contract';
  });
  // Nothing valid to set is no choice: writing the defaults as one would end the banner's question.
  if (known.length > 0) choose(runtime, nameMap(known), 'save', 'api');
}

/** Forgets the choice: deletes the consent cookie and every optional cookie declared, returns to the defaults and asks again. */
export function reset(runtime: Recorder): void {
  const { config } = runtime;
  forgetChoice(runtime.store, config);
  clearDeclared(config.categories.filter((c) => c.basis !== 'contract').flatMap((c) => c.cookies), config);
  runtime.adopt(null, 'api');
  runtime.show('banner');
}

/** Deletes what names that are not allowed declared (a withdrawal, a refused vendor's cookies set again). */
export function clear(runtime: Pick<Recorder, 'config'>, names: readonly string[]): string[] {
  return clearDeclared(declaredBy(runtime.config, names), runtime.config);
}
