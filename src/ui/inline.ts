/**
 * In-page controls (`dist/cookie-basis-inline.js`): embed placeholders and the floating
 * settings button. Loaded only when a refused embed is on the page or `settings-button` is set.
 */
export { blockEmbed } from './internal/blocked-embed.js';
export { addSettingsButton } from './internal/settings-button.js';
