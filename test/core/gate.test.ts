import { expect } from '@open-wc/testing';
import { Gate, type GateHost } from '../../src/core/gate.js';
import { waitFor } from '../helpers/page.js';

type Flags = Window & { gateRan?: string[] };
const ran = (): string[] => (window as Flags).gateRan ?? [];

/** A host with a mutable choice per name; placeholders are counted and can be taken away. */
function host(allowed: Record<string, boolean>, withdrawn = new Set<string>()) {
  const placeholders: { embed: HTMLElement; names: string[]; removed: boolean }[] = [];
  const gateHost: GateHost = {
    allowed: (name) => (Object.hasOwn(allowed, name) ? allowed[name] : undefined),
    withdrawn: (name) => withdrawn.has(name),
    placeholder: (embed, names) => {
      const entry = { embed, names, removed: false };
      placeholders.push(entry);
      return () => { entry.removed = true; };
    },
  };
  return { gateHost, placeholders };
}

/** Markup added to the test document, removed after each test. */
function add(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'gate-test';
  box.innerHTML = markup;
  document.body.append(box);
  return box;
}

describe('gate', () => {
  afterEach(() => {
    for (const box of Array.from(document.querySelectorAll('.gate-test'))) box.remove();
    (window as Flags).gateRan = [];
  });

  it('runs an inert inline script once its category is allowed, once, with its attributes; never a refused or unknown one', async () => {
    const allowed: Record<string, boolean> = { stats: false, ads: false };
    const box = add(`
      <script type="text/plain" data-category="stats" data-extra="kept">(window.gateRan ||= []).push('stats');</script>
      <script type="text/plain" data-category="ads">(window.gateRan ||= []).push('ads');</script>
      <script type="text/plain" data-category="nobody-declared-this">(window.gateRan ||= []).push('unknown');</script>`);
    const gate = new Gate(host(allowed).gateHost);
    gate.start();
    expect(ran()).to.deep.equal([]);
    allowed.stats = true;
    gate.update();
    await waitFor(() => ran().includes('stats'), 'the stats script');
    gate.update();
    await Promise.resolve();
    expect(ran()).to.deep.equal(['stats']);
    const revived = box.querySelector<HTMLScriptElement>('script[data-category="stats"]');
    expect([revived?.type, revived?.dataset.extra, revived?.hasAttribute('data-cookie-basis-opened')]).to.deep.equal(['', 'kept', true]);
    expect(gate.ran(['stats']), 'remembers what ran').to.equal(true);
    expect(gate.ran(['ads'])).to.equal(false);
  });

  it('gives an embed its source when allowed, with a placeholder meanwhile that goes when it opens; a pixel gets none', () => {
    const allowed: Record<string, boolean> = { media: false };
    const { gateHost, placeholders } = host(allowed);
    const box = add(`
      <iframe data-category="media" data-src="about:blank#video" width="320" height="180" title="Video"></iframe>
      <img data-category="media" data-src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1" alt="">`);
    const gate = new Gate(gateHost);
    gate.start();
    const frame = box.querySelector('iframe')!;
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(placeholders.map((entry) => [entry.embed.tagName, entry.names])).to.deep.equal([['IFRAME', ['media']]]);
    allowed.media = true;
    gate.update();
    expect(frame.getAttribute('src')).to.equal('about:blank#video');
    expect(box.querySelector('img')?.getAttribute('src')).to.match(/^data:image\/gif/);
    expect(placeholders[0]?.removed).to.equal(true);
  });

  it('closes an opened embed again when its category is withdrawn, by a fresh copy without its source', () => {
    const allowed: Record<string, boolean> = { media: true };
    const box = add('<iframe data-category="media" data-src="about:blank#v" title="Video"></iframe>');
    const gate = new Gate(host(allowed).gateHost);
    gate.start();
    expect(box.querySelector('iframe')?.getAttribute('src')).to.equal('about:blank#v');
    allowed.media = false;
    gate.update();
    const copy = box.querySelector('iframe');
    expect(copy?.hasAttribute('src')).to.equal(false);
    expect(copy?.getAttribute('data-src')).to.equal('about:blank#v');
  });

  it('runs a !name script only after a withdrawal on the page', async () => {
    const withdrawn = new Set<string>();
    add('<script type="text/plain" data-category="!ads">(window.gateRan ||= []).push("no-ads");</script>');
    const gate = new Gate(host({ ads: false }, withdrawn).gateHost);
    gate.start();
    expect(ran()).to.deep.equal([]);
    withdrawn.add('ads');
    gate.update();
    await waitFor(() => ran().includes('no-ads'), 'the !ads script');
  });

  it('gates markup added later, without a rescan', async () => {
    const allowed: Record<string, boolean> = { stats: true };
    const gate = new Gate(host(allowed).gateHost);
    gate.start();
    add('<script type="text/plain" data-category="stats">(window.gateRan ||= []).push("late");</script>');
    await waitFor(() => ran().includes('late'), 'the script added after start');
  });
});
