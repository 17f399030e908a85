import { report } from './report.js';

/** The name of cookie-basis's Trusted Types policy, for the site's `trusted-types` CSP directive. */
export const POLICY_NAME = 'cookie-basis';

interface Policy {
  createScript(text: string): unknown;
  createScriptURL(url: string): unknown;
}
type TrustedTypesWindow = Window & { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } };

let policy: Policy | null | undefined;

/**
 * The policy that revives gated scripts on pages that require Trusted Types
 * (`require-trusted-types-for 'script'`). It passes text through unchanged: it is only ever given
 * the page's own gated markup (`<script type="text/plain">`), which the site wrote, never text from
 * configuration or from a visitor. Created on first use; `null` where the browser has no Trusted
 * Types or the site's CSP does not allow the name (then plain strings are used, and a page that
 * enforces Trusted Types keeps those scripts blocked, with a console error).
 */
function trustedPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (window as TrustedTypesWindow).trustedTypes;
  if (!factory) return policy;
  try {
    policy = factory.createPolicy(POLICY_NAME, { createScript: (text) => text, createScriptURL: (url) => url });
  } catch (error) {
    report('trustedTypesPolicy', POLICY_NAME, String(error));
  }
  return policy;
}

/** Script text as the `script.text` sink takes it under Trusted Types (a plain string elsewhere). */
export const trustedScript = (text: string): string => (trustedPolicy()?.createScript(text) ?? text) as string;

/** A script URL as the `script.src` sink takes it under Trusted Types (a plain string elsewhere). */
export const trustedScriptUrl = (url: string): string => (trustedPolicy()?.createScriptURL(url) ?? url) as string;
