import { expect } from '@open-wc/testing';
import { hashText } from '../../src/core/hash.js';
import { randomId } from '../../src/core/new-record.js';
import { encodeRecord } from '../../src/core/record-encode.js';
import { decodeRecord, mostRestrictive, nameHash } from '../../src/core/record.js';
import { resolveState } from '../../src/core/policy.js';
import { ConsentStore } from '../../src/core/store.js';
import type { ConsentRecord } from '../../src/core/model.js';
import { config, DAY, NOW, record } from '../helpers/config.js';

/** A small deterministic PRNG, so a failing case can be reproduced from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('consent record encoding', () => {
  it('round-trips a record', () => {
    const original = record({ statistics: false, marketing: true }, { gpc: true, method: 'reject-all', time: new Date(NOW).toISOString() });
    const decoded = decodeRecord(encodeRecord(original), NOW);
    expect(decoded).to.deep.equal(original);
  });

  it('is compact and needs no escaping', () => {
    const value = encodeRecord(record({ statistics: true, marketing: false }));
    expect(value.length).to.be.below(120);
    expect(encodeURIComponent(value).replace(/%7C|%3A|%2F/g, '')).to.equal(value.replace(/[|:/]/g, ''));
  });

  it('rejects truncated, future, duplicated and foreign values', () => {
    const value = encodeRecord(record({ statistics: true, marketing: false }));
    for (const bad of [
      value.slice(0, -3) + '|x', value.slice(0, 20), '2' + value.slice(1), value + '/marketing:1',
      value.replace('|1|', '|1 |'), encodeRecord(record({ marketing: true }, { time: new Date(NOW + 3 * 86_400_000).toISOString() })),
      'x'.repeat(5000), '', '{"marketing":true}', value.replace('marketing:0', '__proto__:1'),
    ]) {
      expect(decodeRecord(bad, NOW), bad).to.equal(null);
    }
  });

  it('writes many choices compactly (format 2) and reads them back against the declared names', () => {
    const names = Array.from({ length: 600 }, (_, i) => `purpose-with-a-long-descriptive-name-${String(i)}`);
    const choices = Object.fromEntries(names.map((name, i) => [name, i % 3 === 0]));
    const original = record(choices);
    const value = encodeRecord(original);
    expect(value.startsWith('2|')).to.equal(true);
    expect(value.length).to.be.below(3200);
    expect(decodeRecord(value, NOW, names)).to.deep.equal(original);
    // A name no longer declared is gone; a new one has no choice yet.
    const decoded = decodeRecord(value, NOW, [...names.slice(1), 'new-purpose']);
    expect(Object.keys(decoded?.choices ?? {}).length).to.equal(599);
    expect(Object.hasOwn(decoded?.choices ?? {}, 'new-purpose')).to.equal(false);
    // Tampered: a hash listed twice, a broken hash, a third list.
    const [head, list] = [value.slice(0, value.lastIndexOf('|')), value.slice(value.lastIndexOf('|') + 1)];
    for (const bad of [`${list}${list.slice(0, 5)}`, `${list}x`, `${list}.AAAAA`]) {
      expect(decodeRecord(`${head}|${bad}`, NOW, names), bad).to.equal(null);
    }
  });

  it('reads a compact cookie against the services\' names too, so per-service choices survive a long cookie', () => {
    const categories = Array.from({ length: 80 }, (_, i) => ({
      name: `category-with-a-long-name-${String(i)}`, basis: 'consent' as const, services: [{ name: `service-with-a-long-name-${String(i)}` }],
    }));
    const choices = Object.fromEntries(categories.map((category, i) => [category.services[0]!.name, i % 2 === 0]));
    const value = encodeRecord(record(choices));
    expect(value.startsWith('2|'), 'format 2').to.equal(true);
    document.cookie = `store_test=${value}; Path=/`;
    try {
      expect(new ConsentStore(config({ categories, cookieName: 'store_test' })).read(NOW)?.choices).to.deep.equal(choices);
    } finally {
      document.cookie = 'store_test=; Max-Age=0; Path=/';
    }
  });

  it('gives every prototype name its own hash and reads no inherited choice', () => {
    const decoded = decodeRecord(encodeRecord(record({ marketing: true })), NOW);
    for (const name of ['constructor', 'toString', 'valueOf', '__proto__']) {
      expect(Object.hasOwn(decoded?.choices ?? {}, name), name).to.equal(false);
      expect(nameHash(name)).to.match(/^[\w-]{5}$/);
    }
  });

  it('reads several copies restrictively: a refusal wins, a permission needs every copy', () => {
    const older = record({ statistics: true, audience: true, marketing: true }, { time: new Date(NOW - 2 * DAY).toISOString() });
    const newer = record({ statistics: true, audience: false }, { id: '223e4567-e89b-42d3-a456-426614174000' });
    const merged = mostRestrictive([older, newer]);
    expect(merged?.id).to.equal(newer.id);
    expect({ ...merged?.choices }).to.deep.equal({ statistics: true, audience: false });
    expect(mostRestrictive([])).to.equal(null);
    expect(mostRestrictive([older])).to.equal(older);
  });

  it('makes version-4 ids and stable hashes', () => {
    const id = randomId((bytes) => crypto.getRandomValues(bytes));
    expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // FNV-1a's published 32-bit test vectors, zero-padded to 8 hex digits.
    expect(hashText('abc')).to.equal('1a47e90b');
    expect(hashText('')).to.equal('811c9dc5');
    expect(hashText('a')).to.equal('e40c292c');
  });

  it('survives 10,000 generated values without allowing what they did not validly allow', () => {
    const random = prng(20261125);
    const site = config();
    const valid = encodeRecord(record({ statistics: false, audience: false, marketing: false }));
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz|:/-_.%;= \u0000\u00e9\ud83d';
    const mutations: (() => string)[] = [
      // random bytes
      () => Array.from({ length: Math.floor(random() * 200) }, () => String.fromCharCode(Math.floor(random() * 65536))).join(''),
      // random strings from the format's own alphabet
      () => Array.from({ length: Math.floor(random() * 120) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
      // truncations
      () => valid.slice(0, Math.floor(random() * valid.length)),
      // one field replaced
      () => {
        const fields = valid.split('|');
        fields[Math.floor(random() * fields.length)] = alphabet.slice(Math.floor(random() * 30), Math.floor(random() * 60));
        return fields.join('|');
      },
      // one character changed
      () => {
        const at = Math.floor(random() * valid.length);
        return valid.slice(0, at) + (alphabet[Math.floor(random() * alphabet.length)] ?? '') + valid.slice(at + 1);
      },
      // duplicated decisions and fields
      () => valid + '/marketing:1',
      () => valid + '|' + valid,
      // huge values
      () => valid + 'x'.repeat(Math.floor(random() * 10_000)),
    ];
    let accepted = 0;
    for (let i = 0; i < 10_000; i++) {
      const value = mutations[i % mutations.length]!();
      let decoded: ConsentRecord | null = null;
      try {
        decoded = decodeRecord(value, NOW);
      } catch (error) {
        expect.fail(`decoding ${JSON.stringify(value)} threw ${String(error)}`);
      }
      const state = resolveState(site, decoded, NOW, false);
      if (decoded) accepted++;
      // The valid base refuses everything optional: no mutation may open marketing or audience
      // unless it decodes to a record that says so.
      for (const name of ['marketing', 'audience']) {
        if (state.allowed[name]) expect(decoded?.choices[name], value).to.equal(true);
      }
    }
    expect(accepted).to.be.below(10_000);
  });
});
