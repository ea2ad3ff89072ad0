// Serves the pages under /test/csp/ with a real, strict Content Security Policy header, so the
// elements are tested the way a security team serves them. wtr's own test page has inline
// scripts, so the policy lives only on these separate pages.
//
// `trusted-types` names Lit's own policy as well as Lede's: Lit creates the "lit-html" policy
// when it loads, so a page whose trusted-types directive names only "lede-json-ld" cannot run
// any Lit element at all (TypeError: Policy "lit-html" disallowed). That is the least a Lede page
// must allow.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html lede-json-ld";

export function cspMiddleware() {
  return async function csp(context, next) {
    await next();
    if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
      context.set('Content-Security-Policy', STRICT_CSP);
      context.set('Cache-Control', 'no-store');
    }
  };
}
