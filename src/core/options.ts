import type { Exemption, LegalBasis, StorageKind } from './model.js';

/** A `<cookie-info>` as an object. */
export interface CookieInfoOptions {
  name: string;
  provider?: string;
  /** A string, or a map by language (`{ en, de }`). */
  purpose?: string | Record<string, string>;
  duration?: string | Record<string, string>;
  party?: 'first' | 'third';
  storage?: StorageKind;
}

/** A `<cookie-service>` as an object. Texts are a string or a map by language (`{ en, de }`). */
export interface ServiceOptions {
  name: string;
  label?: string | Record<string, string>;
  provider?: string;
  purpose?: string | Record<string, string>;
  /** Where its data goes (ISO country code). */
  country?: string;
  /** The safeguard of a transfer to a third country. */
  transfer?: string | Record<string, string>;
  policyUrl?: string;
  retention?: string | Record<string, string>;
  cookies?: CookieInfoOptions[];
}

/** A `<cookie-category>` as an object. Texts are a string or a map by language (`{ en, de }`). */
export interface CategoryOptions {
  name: string;
  basis: LegalBasis;
  /** A recognised exemption from the device-access consent rule: `strictly-necessary`, or `cnil-audience` with `jurisdiction: 'fr'`. */
  exempt?: Exemption;
  /** `none`: the category stores and reads nothing on the device, so on legitimate interest it runs until the visitor objects. */
  deviceAccess?: 'none';
  /** For a `contract` category: the point of Art. 6(1) GDPR its processing rests on, `b` (default), `c` or `f`. */
  processing?: 'b' | 'c' | 'f';
  label?: string | Record<string, string>;
  description?: string | Record<string, string>;
  cookies?: CookieInfoOptions[];
  /** Vendors or tools the visitor can allow one by one. */
  services?: ServiceOptions[];
  integration?: 'matomo';
  /** Signals granted while allowed, space-separated or as a list. */
  googleConsentMode?: string | string[];
}

/** Everything `<cookie-consent>` takes as attributes and children, as a typed object for `configure()`. */
export interface ConsentOptions {
  revision?: string | number;
  /** Whose ePrivacy law applies: `eu` (default) or an EU/EEA country code (`de`, `fr`, …). */
  jurisdiction?: string;
  lang?: string;
  policyUrl?: string;
  imprintUrl?: string;
  cookieName?: string;
  cookieDomain?: string;
  cookiePath?: string;
  /** Days a choice counts before the banner asks again (default 182). */
  cookieMaxAge?: number | string;
  gpc?: 'honor' | 'ignore';
  recordUrl?: string;
  googleConsentMode?: boolean;
  theme?: 'auto' | 'light' | 'dark';
  layout?: 'bar' | 'box' | 'modal';
  settingsButton?: boolean;
  reloadOnRevoke?: 'offer' | 'always' | 'never';
  categories?: CategoryOptions[];
  /** Overrides of built-in strings per language: `{ de: { bannerTitle: 'Cookies' } }`. */
  texts?: Record<string, Record<string, string>>;
}
