/**
 * A small XML writer for the IATI export: elements as strings, every text and attribute escaped.
 * Strings stay JavaScript strings (UTF-16) until the reply encodes them as UTF-8, so non-Latin text
 * is written as itself, never as character references.
 */

type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;

// Characters XML 1.0 forbids anywhere (control characters other than tab, newline, carriage return).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(a)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}

/** An element with children (already XML) or nothing: `<name a="…"/>` when empty. */
export function el(name: string, a: Attrs = {}, ...children: (string | null | undefined | false)[]): string {
  const inner = children.filter((c): c is string => typeof c === 'string' && c !== '').join('');
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
