import type { Exemption, LegalBasis, ProcessingPoint } from '../core/model.js';

/**
 * Every user-visible string of the banner, the dialog and the policy companions, with the legal
 * citations in the language's usual style. Parameterised strings are functions. Each language
 * module (`src/i18n/<code>.ts`, one chunk each) exports `strings` typed by this interface, so a
 * missing string is a compile error.
 */
export interface Strings {
  bannerTitle: string;
  /** First sentence when something needs consent. */
  bannerIntro: string;
  /** The same, when legitimate interests are named below. */
  bannerIntroWithInterests: string;
  /** A page with no consent category is a notice: its first sentence, and its two buttons. */
  noticeIntro: string;
  ok: string;
  object: string;
  /** Names consent-based categories. */
  consentPurposes: (names: string) => string;
  /** Art. 7(3): consent can be withdrawn at any time, and where (the settings link or button's name). */
  withdrawal: (where: string) => string;
  /** What closing the first layer (× or Escape) means: a refusal of everything that needs consent. */
  closeNote: string;
  /** The accessible name of the first layer's ×. */
  closeWithoutConsent: string;
  /** Art. 21(4): names legitimate-interest categories and the right to object, separately. */
  objection: (names: string) => string;
  /** Shown wherever a Global Privacy Control signal was honoured. */
  gpcNotice: (names: string) => string;
  acceptAll: string;
  rejectAll: string;
  preferences: string;
  save: string;
  /** Joins the last two names of a list. */
  and: string;
  close: string;
  privacyPolicy: string;
  imprint: string;
  preferencesTitle: string;
  /** The visitor's receipt in the preferences: when the stored choice was made, on which revision, under which record id. */
  receipt: (date: string, revision: string) => string;
  /** Link that downloads the stored record from the site's receiver. */
  receiptDownload: string;
  preferencesIntro: string;
  alwaysActive: string;
  /** Visible state of a switch, so that it is not told by colour alone. */
  stateOn: string;
  stateOff: string;
  stateObjected: string;
  /** The basis in words. */
  basis: Record<LegalBasis, string>;
  /** The points of Art. 6(1) GDPR as citations in the language's style (`Art. 6(1)(a) GDPR`, `Art. 6 Abs. 1 S. 1 lit. a DSGVO`). */
  citation: Record<ProcessingPoint, string>;
  /**
   * The device-access rule where the jurisdiction is the EU as a whole: consent (Art. 5(3) ePrivacy
   * Directive) and its strictly-necessary exemption. A national jurisdiction replaces both with its
   * own provision (`src/jurisdictions/`).
   */
  deviceAccessCitation: string;
  necessityCitation: string;
  /** The basis line of a category that needs consent: the device-access provision and the processing's citation. */
  consentLine: (storage: string, processing: string) => string;
  /** The basis line of a strictly necessary category: the exemption from consent and the processing's citation. */
  necessaryLine: (exemption: string, processing: string) => string;
  /** A legitimate-interest category that stores on the device: runs after consent. */
  deviceAccessNote: string;
  /** A legitimate-interest category: switching it off is an objection. */
  objectHint: string;
  /** Next to an objected switch: how to take the objection back. */
  withdrawObjectionHint: string;
  /** A consent category: switching it on gives consent, off withdraws it. */
  consentHint: string;
  /** Why a category stores without consent, per recognised exemption. */
  exemptNote: Record<Exemption, string>;
  details: (count: number) => string;
  cookieName: string;
  provider: string;
  /** Where a service's data goes, and the safeguard of a transfer out of the EU. */
  country: string;
  /** How long a service keeps the data. */
  retention: string;
  purpose: string;
  duration: string;
  party: string;
  storage: string;
  category: string;
  legalBasis: string;
  /** The declaration's table of a category's services (Art. 13(1)(e), (f), (2)(a) GDPR). */
  servicesCaption: (category: string) => string;
  service: string;
  /** The library's own cookie, listed by itself in the declaration. */
  consentCookieHeading: string;
  consentCookiePurpose: string;
  thisSite: string;
  days: (count: number) => string;
  /** The first layer's line naming the third parties of the consent categories. */
  recipients: (list: string) => string;
  currentState: string;
  firstParty: string;
  thirdParty: string;
  storageKind: Record<'cookie' | 'local-storage' | 'session-storage', string>;
  reloadNotice: string;
  reload: string;
  dismiss: string;
  settingsButton: string;
  /** Embed placeholders: what is blocked, why, and the button that allows it there. */
  placeholderBlocked: (provider: string) => string;
  placeholderExplain: (categories: string) => string;
  placeholderAllow: (categories: string) => string;
  /** What loading the embed sends, and where (the country's name, or empty). */
  placeholderSends: (provider: string, country: string) => string;
  /** Declaration: how GPC is treated. */
  gpcPolicy: string;
  /** Objection switch texts. */
  objectionActive: (label: string) => string;
  objectionObjected: (label: string) => string;
  consentGiven: (label: string) => string;
  consentNotGiven: (label: string) => string;
  change: string;
  /** Default labels of well-known category names. */
  labels: Record<string, string>;
}
