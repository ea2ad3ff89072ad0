/**
 * Fills `{name}` placeholders in a translated string, in one pass. Values are inserted as they
 * are: a `$&`, `$'` or `$$` in a title means those characters, and a value that itself contains
 * `{duration}` is never filled again. Placeholders without a value stay as written.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}
