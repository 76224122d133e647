/**
 * A small XML writer for the IATI export: elements as strings, every text and attribute escaped.
 * Strings stay JavaScript strings (UTF-16) until the reply encodes them as UTF-8, so non-Latin text
 * is written as itself, never as character references.
 */

type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;

// Characters XML 1.0 forbids anywhere (control characters other than tab, newline, carriage return).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Most values (codes, dates, amounts, plain words) need no escaping: one test finds those, so the
// export of thousands of activities does not run every replacement over every value (issue 10).
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ATTR_SPECIAL = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  if (!ATTR_SPECIAL.test(text)) return text;
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function attrs(a: Attrs): string {
  let out = '';
  for (const name in a) {
    const value = a[name];
    if (value === null || value === undefined) continue;
    out += ` ${name}="${typeof value === 'string' ? escapeAttr(value) : String(value)}"`;
  }
  return out;
}

/** An element with children (already XML) or nothing: `<name a="…"/>` when empty. */
export function el(name: string, a: Attrs = {}, ...children: (string | null | undefined | false)[]): string {
  let inner = '';
  for (const c of children) if (typeof c === 'string') inner += c;
  return inner ? `<${name}${attrs(a)}>${inner}</${name}>` : `<${name}${attrs(a)}/>`;
}

/** An element holding escaped text. */
export function textEl(name: string, a: Attrs, text: string): string {
  return `<${name}${attrs(a)}>${escapeText(text)}</${name}>`;
}

/** A narrative: the text in its language (`xml:lang`). */
export function narrative(text: string, lang?: string | null): string {
  return textEl('narrative', { 'xml:lang': lang ?? undefined }, text);
}
