import type { Strings } from '../../i18n/strings.js';
import { button, h } from './dom.js';

export interface FirstLayerContext {
  readonly strings: Strings;
  /** Labels of categories that wait for consent. */
  readonly consentLabels: string;
  /** The third parties of the consent categories, per category (`Marketing: YouTube (United States), AdNet`), or ''. */
  readonly recipients: string;
  /** Labels of legitimate-interest categories active until the visitor objects. */
  readonly objectionLabels: string;
  /** Labels objected to by a honoured GPC signal, or `undefined` without one. */
  readonly gpcLabels: string | undefined;
  readonly policyUrl?: string;
  readonly imprintUrl?: string;
  /** Where the visitor can change the choice later (the page's settings link or button). */
  readonly settingsName: string;
  onAcceptAll(): void;
  onRejectAll(): void;
  /** The notice's OK: legitimate interests stay as they are. */
  onOk(): void;
  onPreferences(): void;
  onClose(): void;
}

/** The GPC notice: the signal was honoured (no popup of its own). */
export function gpcNotice(strings: Strings, labels: string | undefined): HTMLElement | undefined {
  return labels === undefined ? undefined : h('p', { class: 'gpc', part: 'gpc-notice', role: 'note' }, strings.gpcNotice(labels));
}

/**
 * The first layer, in plain DOM (no lit: it is the first thing a new visitor waits for): what
 * runs on which basis, the rights to withdraw and to object, what closing means, the policy
 * links, and equal buttons whose `part` names are stable for automation. With nothing that needs
 * consent it is a notice: "OK" and "Object", never "Accept all" (Art. 21(4) GDPR).
 */
export function firstLayer(context: FirstLayerContext): Node[] {
  const { strings, policyUrl, imprintUrl } = context;
  const notice = !context.consentLabels;
  const links = [
    policyUrl && h('a', { href: policyUrl }, strings.privacyPolicy),
    imprintUrl && h('a', { href: imprintUrl }, strings.imprint),
  ].filter((link) => link !== undefined && link !== '');
  const intro = notice ? strings.noticeIntro : context.objectionLabels ? strings.bannerIntroWithInterests : strings.bannerIntro;
  return [
    h('h2', { part: 'title', id: 'banner-title', tabindex: '-1' }, strings.bannerTitle),
    h('div', { part: 'description', class: 'text', id: 'banner-description' },
      h('p', {}, intro + (notice ? '' : ` ${strings.consentPurposes(context.consentLabels)}`)),
      context.recipients && h('p', { class: 'recipients' }, strings.recipients(context.recipients)),
      context.objectionLabels && h('p', {}, strings.objection(context.objectionLabels)),
      gpcNotice(strings, context.gpcLabels),
      !notice && h('p', {}, `${strings.withdrawal(context.settingsName)} ${strings.closeNote}`),
      links.length > 0 && h('p', {}, ...links.flatMap((link, i) => (i > 0 ? [' · ', link] : [link])))),
    h('div', { part: 'actions', class: 'actions' },
      notice ? button('button-ok', strings.ok, context.onOk) : button('button-accept-all', strings.acceptAll, context.onAcceptAll),
      notice ? button('button-object', strings.object, context.onRejectAll) : button('button-reject-all', strings.rejectAll, context.onRejectAll),
      button('button-preferences', strings.preferences, context.onPreferences)),
    button('button-close', '×', context.onClose, {
      class: 'close', 'aria-label': notice ? strings.close : strings.closeWithoutConsent, title: notice ? strings.close : strings.closeWithoutConsent,
    }),
  ];
}
