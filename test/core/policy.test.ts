import { expect } from '@open-wc/testing';
import { agreedHash } from '../../src/core/offer.js';
import { resolveState } from '../../src/core/policy.js';
import { config, DAY, NOW, record, shopCategories } from '../helpers/config.js';

describe('policy', () => {
  describe('first visit', () => {
    it('keeps contract on, cookieless legitimate interest on, consent and device access off', () => {
      const state = resolveState(config(), null, NOW, false);
      expect(state.allowed).to.deep.equal({ necessary: true, statistics: true, audience: false, marketing: false });
      expect(state.mustAsk).to.equal(true);
      expect(state.record).to.equal(null);
    });

    it('lets an exempt legitimate-interest category store before any choice', () => {
      const exempt = config({
        jurisdiction: 'fr',
        categories: [{ name: 'audience', basis: 'legitimate-interest', exempt: 'cnil-audience', cookies: [{ name: '_pk_id.*', duration: '13 months' }] }],
      });
      expect(resolveState(exempt, null, NOW, false).allowed.audience).to.equal(true);
    });

    it('does not ask when only contract categories exist', () => {
      const only = config({ categories: [{ name: 'necessary', basis: 'contract' }] });
      expect(resolveState(only, null, NOW, false).mustAsk).to.equal(false);
    });
  });

  describe('GPC', () => {
    it('objects to every legitimate interest and keeps consent off, asking only for consent', () => {
      const state = resolveState(config(), null, NOW, true);
      expect(state.allowed).to.deep.equal({ necessary: true, statistics: false, audience: false, marketing: false });
      expect(state.gpcHonoured).to.equal(true);
      expect(state.mustAsk).to.equal(true);
      const liOnly = config({ categories: [{ name: 'statistics', basis: 'legitimate-interest', deviceAccess: 'none' }] });
      expect(resolveState(liOnly, null, NOW, true).mustAsk).to.equal(false);
    });

    it('is ignored with gpc="ignore"', () => {
      const state = resolveState(config({ gpc: 'ignore' }), null, NOW, true);
      expect(state.allowed.statistics).to.equal(true);
      expect(state.gpcHonoured).to.equal(false);
    });

    it('lets a later explicit choice made under the signal win', () => {
      const choice = record({ statistics: true, audience: true, marketing: false }, { gpc: true });
      const state = resolveState(config(), choice, NOW, true);
      expect(state.allowed.statistics).to.equal(true);
      expect(state.allowed.audience).to.equal(true);
      expect(state.mustAsk).to.equal(false);
    });

    it('overrides a choice made before the signal appeared', () => {
      const choice = record({ statistics: true, audience: true, marketing: true }, { gpc: false });
      const state = resolveState(config(), choice, NOW, true);
      expect(state.allowed).to.deep.equal({ necessary: true, statistics: false, audience: false, marketing: false });
    });
  });

  describe('returning visitor', () => {
    it('applies a fresh choice without asking', () => {
      const state = resolveState(config(), record({ statistics: false, audience: true, marketing: true }), NOW, false);
      expect(state.allowed).to.deep.equal({ necessary: true, statistics: false, audience: true, marketing: true });
      expect(state.mustAsk).to.equal(false);
      expect(state.record?.id).to.equal('123e4567-e89b-42d3-a456-426614174000');
    });

    it('asks again on a new revision: consent lapses, objections stay', () => {
      const choice = record({ statistics: false, audience: true, marketing: true }, { revision: '1' });
      const state = resolveState(config({ revision: 2 }), choice, NOW, false);
      expect(state.mustAsk).to.equal(true);
      expect(state.allowed).to.deep.equal({ necessary: true, statistics: false, audience: false, marketing: false });
      expect(state.record).to.equal(null);
    });

    it('asks again after the lifetime, keeping objections', () => {
      const choice = record({ statistics: false, audience: true, marketing: true }, { time: new Date(NOW - 183 * DAY).toISOString() });
      const state = resolveState(config(), choice, NOW, false);
      expect(state.mustAsk).to.equal(true);
      expect(state.allowed.statistics).to.equal(false);
      expect(state.allowed.marketing).to.equal(false);
      const shortLived = resolveState(config({ cookieMaxAge: 30 }), record({ marketing: true, statistics: true, audience: true }, { time: new Date(NOW - 31 * DAY).toISOString() }), NOW, false);
      expect(shortLived.mustAsk).to.equal(true);
    });

    it('asks about a new category without accepting or rejecting it silently', () => {
      const choice = record({ statistics: true, marketing: true });
      const state = resolveState(config(), choice, NOW, false);
      expect(state.mustAsk).to.equal(true);
      expect(state.allowed.audience).to.equal(false);
      expect(state.allowed.marketing).to.equal(true);
    });

    it('ignores categories in the record that the site no longer declares; a refused one changes nothing', () => {
      const state = resolveState(config(), record({ statistics: true, audience: false, marketing: false, removed: false }), NOW, false);
      expect(state.allowed).to.not.have.property('removed');
      expect(state.mustAsk).to.equal(false);
    });

    it('asks again when what a consent was given to changed without a new revision; refusals stay', () => {
      const choices = { statistics: true, audience: true, marketing: true };
      const before = config({ categories: [...shopCategories.slice(0, 3), { name: 'marketing', basis: 'consent', cookies: [{ name: '_fbp' }] }] });
      const after = config({ categories: [...shopCategories.slice(0, 3), { name: 'marketing', basis: 'consent', cookies: [{ name: '_fbp' }, { name: '_new', provider: 'New Vendor Ltd.' }] }] });
      const state = resolveState(after, record(choices, { configHash: agreedHash(before, choices) }), NOW, false);
      expect(state.offerChanged).to.equal(true);
      expect(state.mustAsk).to.equal(true);
      expect(state.allowed).to.include({ marketing: false, audience: false, statistics: true });
      const wording = config({ categories: shopCategories.map((c) => ({ ...c, label: 'Other words' })) });
      expect(resolveState(wording, record(choices), NOW, false).offerChanged, 'wording is not the offer').to.equal(false);
    });
  });
});
