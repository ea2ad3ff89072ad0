/**
 * True in Lede's source and in its development build (`dist/development/`, picked by bundlers
 * through the `development` export condition); the production build (`dist/`) replaces this module
 * with `false`, and the bundler drops every `if (DEV_MODE)` branch, the authoring checks with them.
 */
export const DEV_MODE: boolean = true;
