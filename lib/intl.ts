/**
 * Intl.DateTimeFormat objects, made once per locale and options. Making one costs far more than
 * using one (a board of 25 rows spent about 3 ms a render making formatters), and they are immutable,
 * so one per shape serves every render, on the server and in the browser.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    // Time zones and shapes are few; the bound only guards against a caller passing free text.
    if (formatters.size >= 500) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}
