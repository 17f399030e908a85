/*
 * Every list of allowed values is declared here once, `as const`; the types derive from them and
 * validation, options and docs use the same lists.
 */

/** The consent cookie's name unless `cookie-name` gives another. */
export const DEFAULT_COOKIE_NAME = 'cookie_basis';

/** The GDPR bases a category can rest on. */
export const BASES = ['contract', 'legitimate-interest', 'consent'] as const;
export type LegalBasis = (typeof BASES)[number];

/** Where a cookie-like item lives on the visitor's device. */
/** The points of Art. 6(1) GDPR a category's processing rests on. */
export const PROCESSING_POINTS = ['a', 'b', 'c', 'f'] as const;
export type ProcessingPoint = (typeof PROCESSING_POINTS)[number];
/** The points a `contract` category may name with `processing`: contract, legal obligation, legitimate interest. */
export const NECESSARY_PROCESSING = ['b', 'c', 'f'] as const satisfies readonly ProcessingPoint[];

export const STORAGE_KINDS = ['cookie', 'local-storage', 'session-storage'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

/** Whether a Global Privacy Control signal objects to legitimate interests. */
export const GPC_MODES = ['honor', 'ignore'] as const;
export type GpcMode = (typeof GPC_MODES)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const LAYOUTS = ['bar', 'box', 'modal'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** What happens after a withdrawal of something that already ran. */
export const RELOAD_MODES = ['offer', 'always', 'never'] as const;
export type ReloadOnRevoke = (typeof RELOAD_MODES)[number];

/** The Google Consent Mode v2 signals. */
export const SIGNALS = [
  'ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization',
  'functionality_storage', 'personalization_storage', 'security_storage',
] as const;
export type Signal = (typeof SIGNALS)[number];

/**
 * Whose ePrivacy law the site follows: `eu` (Art. 5(3) of the Directive), or a country of the
 * EU/EEA by its ISO code. Recorded with every choice.
 */
export const JURISDICTIONS = [
  'eu', 'at', 'be', 'bg', 'cy', 'cz', 'de', 'dk', 'ee', 'es', 'fi', 'fr', 'gr', 'hr', 'hu', 'ie', 'it', 'lt', 'lu', 'lv',
  'mt', 'nl', 'pl', 'pt', 'ro', 'se', 'si', 'sk', 'is', 'li', 'no',
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Vendor integrations a category can drive. */
/**
 * Exemptions from the device-access consent rule, with the jurisdictions that know each one:
 * strictly necessary storage everywhere (Art. 5(3) ePrivacy Directive, second sentence), the
 * CNIL's audience-measurement exemption in France only.
 */
export const EXEMPTIONS = {
  'strictly-necessary': JURISDICTIONS,
  'cnil-audience': ['fr'],
} as const satisfies Record<string, readonly Jurisdiction[]>;
export type Exemption = keyof typeof EXEMPTIONS;

export const INTEGRATIONS = ['matomo'] as const;
export type IntegrationName = (typeof INTEGRATIONS)[number];

/** Texts keyed by language code (`en`, `de`, …); the empty key is the language-neutral text. */
export type LocalizedText = Readonly<Record<string, string>>;

/** One cookie or storage entry that a category declares (`<cookie-info>`). */
export interface CookieInfo {
  /** Exact name, or a pattern with `*` (`_pk_id.*`). */
  readonly name: string;
  readonly provider?: string;
  readonly purpose: LocalizedText;
  readonly duration: LocalizedText;
  readonly party?: 'first' | 'third';
  readonly storage: StorageKind;
  /** The service that sets it, when it is declared inside a `<cookie-service>`. */
  readonly service?: string;
}

/**
 * A vendor or tool inside a category (`<cookie-service>`): consent is specific, so the visitor
 * can allow it alone, and an embed's placeholder allows only its service.
 */
export interface Service {
  readonly name: string;
  readonly label: LocalizedText;
  readonly provider?: string;
  readonly purpose: LocalizedText;
  /** Where its data goes: an ISO 3166-1 country code, upper case. */
  readonly country?: string;
  /** The safeguard of a transfer to a third country (`EU-US Data Privacy Framework`, `SCC`). */
  readonly transfer: LocalizedText;
  readonly policyUrl?: string;
  readonly retention: LocalizedText;
  /** The cookies it sets (its category's `cookies` hold them too). */
  readonly cookies: readonly CookieInfo[];
}

/** A purpose with its legal basis (`<cookie-category>`). */
export interface Category {
  readonly name: string;
  readonly basis: LegalBasis;
  /** A recognised exemption from the device-access consent rule, checked against the jurisdiction and its conditions. */
  readonly exempt?: Exemption;
  /** `none`: the site states that the category neither stores nor reads anything on the device (and it declares no cookies). */
  readonly deviceAccess?: 'none';
  /** The basis of the processing under Art. 6(1) GDPR, by its point: `a` for consent, `f` for legitimate interest, `b` (default), `c` or `f` for a `contract` category. */
  readonly processing: ProcessingPoint;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  /** Every cookie of the category, its services' included. */
  readonly cookies: readonly CookieInfo[];
  /** Its services; when it has any, the category counts as allowed only while every one of them is. */
  readonly services: readonly Service[];
  /** `matomo` drives Matomo's own consent API. */
  readonly integration?: IntegrationName;
  /** Google Consent Mode signals granted while the category is allowed. */
  readonly googleConsentMode: readonly Signal[];
}


/** The validated configuration of a site. */
export interface Config {
  readonly revision: string;
  readonly jurisdiction: Jurisdiction;
  readonly lang?: string;
  readonly policyUrl?: string;
  readonly imprintUrl?: string;
  readonly cookieName: string;
  readonly cookieDomain?: string;
  readonly cookiePath: string;
  /** Days a choice counts before the banner asks again. */
  readonly cookieMaxAge: number;
  readonly gpc: GpcMode;
  readonly recordUrl?: string;
  readonly googleConsentMode: boolean;
  readonly theme: Theme;
  readonly layout: Layout;
  readonly settingsButton: boolean;
  readonly reloadOnRevoke: ReloadOnRevoke;
  readonly categories: readonly Category[];
  /** Names of categories whose configuration was invalid: they stay closed. */
  readonly invalidCategories: readonly string[];
  /** Overrides of built-in UI strings, per language (`{ en: { bannerTitle: '…' } }`). */
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** How a choice was made; part of the consent record (Art. 7(1) GDPR). */
export const CHOICE_METHODS = ['accept-all', 'reject-all', 'save', 'close', 'objection-switch', 'placeholder', 'gpc'] as const;
export type ChoiceMethod = (typeof CHOICE_METHODS)[number];

/** Where a recorded choice was made: the record's `source`. */
export const RECORD_SOURCES = ['banner', 'preferences', 'placeholder', 'objection', 'trigger', 'api'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

/** Decisions per category name: `true` allowed, `false` refused or objected to. */
export type Decisions = Readonly<Record<string, boolean>>;

/** What the consent cookie holds: the proof of a choice, never an IP address or a fingerprint. */
export interface ConsentRecord {
  /** Random id of this choice. */
  readonly id: string;
  /** When the choice was made, ISO 8601. */
  readonly time: string;
  readonly revision: string;
  readonly choices: Decisions;
  /** Whether a Global Privacy Control signal was present when the choice was made. */
  readonly gpc: boolean;
  readonly language: string;
  readonly method: ChoiceMethod;
  /** Hash of the configuration and the texts shown. */
  readonly configHash: string;
  /** Library version that wrote the record. */
  readonly version: string;
  /** Where the choice was made. */
  readonly source?: RecordSource;
  /** The page's origin (`https://shop.example`). */
  readonly origin?: string;
  /** The page's path, without query or fragment. */
  readonly path?: string;
  /** The jurisdiction whose rules the banner applied (`eu`, `de`, …). */
  readonly jurisdiction?: string;
  /** SHA-256 (hex) of the texts the visitor was shown. */
  readonly textHash?: string;
}

/** The effective state of every category on this page. */
export interface ConsentState {
  readonly allowed: Decisions;
  /** The banner must ask (no valid choice, new revision, expired choice, new category). */
  readonly mustAsk: boolean;
  /** GPC is present and honoured. */
  readonly gpcHonoured: boolean;
  /**
   * What a stored consent was given to changed (cookies, providers, basis) without a new
   * `revision`: those consents no longer count and the banner asks again.
   */
  readonly offerChanged: boolean;
  /** Categories the visitor refused or objected to (also in a stale choice), or GPC objected to. */
  readonly refused: readonly string[];
  readonly record: ConsentRecord | null;
}
