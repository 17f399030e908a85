import type { Exemption, LegalBasis, StorageKind } from './model.js';

/** A `<cookie-info>` as an object: one cookie or storage entry. Texts are a string or a map by language (`{ en, de }`). */
export interface CookieInfoOptions {
  /** Exact name, or a pattern with `*` (`_pk_id.*`). */
  name: string;
  /** Who sets it; inside a service, the service's provider unless given. */
  provider?: string;
  /** What it is for. */
  purpose?: string | Record<string, string>;
  /** How long it is kept (`13 months`, `session`). */
  duration?: string | Record<string, string>;
  /** Set by the site itself or by another origin. */
  party?: 'first' | 'third';
  /**
   * Where it lives on the device.
   * @default 'cookie'
   */
  storage?: StorageKind;
}

/** A `<cookie-service>` as an object: one vendor or tool the visitor can allow on its own. Texts are a string or a map by language. */
export interface ServiceOptions {
  /** Its name in `data-service`, the API and the record (letters, digits, `_`, `-`). */
  name: string;
  /** The name shown to the visitor; the name itself without one. */
  label?: string | Record<string, string>;
  /** The company that runs it. */
  provider?: string;
  /** What it does with the data. */
  purpose?: string | Record<string, string>;
  /** Where its data goes (ISO country code). */
  country?: string;
  /** The safeguard of a transfer to a third country. */
  transfer?: string | Record<string, string>;
  /** The provider's privacy policy. */
  policyUrl?: string;
  /** How long the provider keeps the data. */
  retention?: string | Record<string, string>;
  /** The cookies and storage entries it sets. */
  cookies?: CookieInfoOptions[];
}

/** A `<cookie-category>` as an object. Texts are a string or a map by language (`{ en, de }`). */
export interface CategoryOptions {
  /** Its name in `data-category`, the API and the record (letters, digits, `_`, `-`). */
  name: string;
  /** The GDPR basis of its processing: `contract` (strictly necessary), `legitimate-interest` or `consent`. */
  basis: LegalBasis;
  /** A recognised exemption from the device-access consent rule: `strictly-necessary`, or `cnil-audience` with `jurisdiction: 'fr'`. */
  exempt?: Exemption;
  /** `none`: the category stores and reads nothing on the device, so on legitimate interest it runs until the visitor objects. */
  deviceAccess?: 'none';
  /**
   * For a `contract` category: the point of Art. 6(1) GDPR its processing rests on.
   * @default 'b'
   */
  processing?: 'b' | 'c' | 'f';
  /** The name shown to the visitor; a built-in label for well-known names, else the name. */
  label?: string | Record<string, string>;
  /** What the category is for, shown under its name. */
  description?: string | Record<string, string>;
  /** The cookies and storage entries it sets (outside its services). */
  cookies?: CookieInfoOptions[];
  /** Vendors or tools the visitor can allow one by one. */
  services?: ServiceOptions[];
  /** A vendor whose own consent API follows the category. */
  integration?: 'matomo';
  /** Google Consent Mode signals granted while allowed, space-separated or as a list; by default from well-known names. */
  googleConsentMode?: string | string[];
}

/** Everything `<cookie-consent>` takes as attributes and children, as a typed object for `configure()` and JSON files. */
export interface ConsentOptions {
  /**
   * Version of the configuration; raising it asks every visitor again.
   * @default '1'
   */
  revision?: string | number;
  /**
   * Whose ePrivacy law applies: `eu` or an EU/EEA country code (`de`, `fr`, …).
   * @default 'eu'
   */
  jurisdiction?: string;
  /** Language of the texts; without it `<html lang>`, then the browser's languages, then English. */
  lang?: string;
  /** Link to the privacy policy. */
  policyUrl?: string;
  /** Link to the imprint. */
  imprintUrl?: string;
  /**
   * Name of the consent cookie.
   * @default 'cookie_basis'
   */
  cookieName?: string;
  /** Domain for a choice shared by subdomains (`example.com`). */
  cookieDomain?: string;
  /**
   * Path of the consent cookie.
   * @default '/'
   */
  cookiePath?: string;
  /**
   * Days a choice counts before the banner asks again.
   * @default 182
   */
  cookieMaxAge?: number | string;
  /**
   * Whether Global Privacy Control objects to legitimate interests.
   * @default 'honor'
   */
  gpc?: 'honor' | 'ignore';
  /** Where each consent record is POSTed as JSON. */
  recordUrl?: string;
  /** Drive Google Consent Mode v2 from the categories. */
  googleConsentMode?: boolean;
  /**
   * Colour scheme.
   * @default 'auto'
   */
  theme?: 'auto' | 'light' | 'dark';
  /**
   * First-layer layout.
   * @default 'bar'
   */
  layout?: 'bar' | 'box' | 'modal';
  /** Show the floating button that reopens the preferences (it also appears when nothing on the page reopens them). */
  settingsButton?: boolean;
  /**
   * After a withdrawal of something that ran: offer a reload, reload, or do nothing.
   * @default 'offer'
   */
  reloadOnRevoke?: 'offer' | 'always' | 'never';
  /** The categories, in the order shown. */
  categories?: CategoryOptions[];
  /** Overrides of built-in strings per language: `{ de: { bannerTitle: 'Cookies' } }`. */
  texts?: Record<string, Record<string, string>>;
}
