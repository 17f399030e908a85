import type { ConsentHost } from '../../core/host.js';
import { onReach } from '../../core/intent.js';
import { nameMap } from '../../core/names.js';
import { unitOf } from '../../core/units.js';
import { placeholderFor } from './placeholder.js';

/**
 * Hides a blocked embed behind its placeholder once the page language's texts are there; Allow
 * allows the embed's names (its service alone, or its categories) and gives it the focus.
 * Returns what takes the placeholder away again (the gate calls it when the embed opens).
 */
export function blockEmbed(host: ConsentHost, embed: HTMLElement, names: readonly string[]): () => void {
  const display = embed.style.display;
  let node: HTMLElement | undefined;
  let released = false;
  const units = names.map((name) => unitOf(host.config, name)).filter((unit) => unit !== undefined);
  if (units.length > 0) {
    host.strings().then((strings) => {
      if (released || !embed.isConnected) return;
      node = placeholderFor(embed, {
        categories: [...new Set(units.map((unit) => unit.category))],
        service: units.find((unit) => unit.service)?.service,
        strings,
        lang: host.language,
        onAllow: () => {
          void host.choose(nameMap(names.map((name) => [name, true])), 'placeholder', 'placeholder', node?.textContent).then(() => {
            if (embed.matches('iframe,video,object,embed,[tabindex]')) embed.focus();
          });
        },
        onSettings: () => { host.show('preferences'); },
      });
      // The write path comes when the visitor reaches for the placeholder: Allow applies at once.
      onReach(node, () => host.write().catch(() => undefined));
      embed.before(node);
      embed.style.display = 'none';
    }, () => undefined);
  }
  return () => {
    released = true;
    if (!node) return;
    node.remove();
    embed.style.display = display;
  };
}
