import { expect } from '@open-wc/testing';
import { readMarkup } from '../../src/core/config-markup.js';

/** A `<cookie-consent>` built from markup, never attached to the document (nothing upgrades or runs). */
function element(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const found = template.content.firstElementChild;
  if (!found) throw new Error('no element');
  return found;
}

describe('config-markup', () => {
  it('reads attributes as camelCase options and -xx variants as texts by language', () => {
    const raw = readMarkup(element(`<cookie-consent revision="3" policy-url="/privacy" cookie-max-age="30" jurisdiction="fr">
      <cookie-category name="statistics" basis="legitimate-interest" device-access="none" label="Statistics" label-de="Statistik" description-fr="Mesure"></cookie-category>
    </cookie-consent>`));
    expect(raw).to.include({ revision: '3', policyUrl: '/privacy', cookieMaxAge: '30', jurisdiction: 'fr' });
    expect(raw.categories).to.deep.equal([{
      name: 'statistics', basis: 'legitimate-interest', deviceAccess: 'none',
      label: { '': 'Statistics', de: 'Statistik' }, description: { fr: 'Mesure' }, cookies: [], services: [],
    }]);
  });

  it('reads services and cookies with their texts, and only direct children', () => {
    const raw = readMarkup(element(`<cookie-consent>
      <cookie-category name="marketing" basis="consent">
        <cookie-info name="_fbp" duration="3 months" duration-de="3 Monate" party="third"></cookie-info>
        <cookie-service name="youtube" provider="Google Ireland Ltd." purpose="Videos" purpose-de="Videos (de)" country="US">
          <cookie-info name="VISITOR_INFO1_LIVE" duration="180 days"></cookie-info>
        </cookie-service>
      </cookie-category>
      <div><cookie-category name="nested" basis="consent"></cookie-category></div>
    </cookie-consent>`));
    const [marketing] = raw.categories as Record<string, unknown>[];
    expect((raw.categories as unknown[]).length, 'a nested category is not configuration').to.equal(1);
    expect(marketing?.cookies).to.deep.equal([{ name: '_fbp', duration: { '': '3 months', de: '3 Monate' }, party: 'third' }]);
    expect(marketing?.services).to.deep.equal([{
      name: 'youtube', provider: 'Google Ireland Ltd.', purpose: { '': 'Videos', de: 'Videos (de)' }, country: 'US',
      cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: { '': '180 days' } }],
    }]);
  });

  it('merges a JSON child under the attributes, its categories before the markup ones', () => {
    const raw = readMarkup(element(`<cookie-consent revision="2">
      <script type="application/json">{ "revision": "1", "theme": "dark", "categories": [{ "name": "necessary", "basis": "contract" }] }</script>
      <cookie-category name="marketing" basis="consent"></cookie-category>
    </cookie-consent>`));
    expect(raw).to.include({ revision: '2', theme: 'dark' });
    expect((raw.categories as { name: string }[]).map((category) => category.name)).to.deep.equal(['necessary', 'marketing']);
  });

  it('ignores a JSON child that is not an object (the attributes still count)', () => {
    for (const json of ['[1, 2]', '"text"', '{ broken']) {
      const raw = readMarkup(element(`<cookie-consent revision="4"><script type="application/json">${json}</script></cookie-consent>`));
      expect(raw.revision, json).to.equal('4');
      expect(raw.categories, json).to.deep.equal([]);
    }
  });
});
