/** Any `Intl` formatter constructor: `Intl.NumberFormat`, `Intl.DateTimeFormat`, `Intl.ListFormat`… */
type FormatterConstructor<F, O> = new (locale: string, options?: O) => F;

/** Enough formatters for every language and style on a page; past it the cache starts again. */
const LIMIT = 200;

const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * The formatter `new Constructor(locale, options)`, built once per constructor, locale and
 * options and reused after. Building an `Intl` formatter costs far more than using one, and an
 * element formats the same way on every render. A constructor that throws (a locale or option
 * Intl cannot read) throws each time, and nothing is cached for it.
 */
export function cachedFormatter<F, O extends object>(Constructor: FormatterConstructor<F, O>, locale: string, options?: O): F {
  let cache = caches.get(Constructor) as Map<string, F> | undefined;
  if (!cache) caches.set(Constructor, (cache = new Map()));
  const key = `${locale}\u0000${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = new Constructor(locale, options);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, formatter);
  }
  return formatter;
}
