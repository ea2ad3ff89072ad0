/**
 * True in Lede's source and in its development build (`dist/development/`, picked by bundlers
 * through the `development` export condition). The production build (`dist/`) rewrites every
 * module that imports it so `DEV_MODE` reads `false` (scripts/production-mode-plugin.mjs); the
 * bundler then drops each `if (DEV_MODE)` branch, and the authoring checks with them.
 */
export const DEV_MODE: boolean = true;
