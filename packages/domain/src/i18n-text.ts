export const LANGUAGES = ['en', 'nb', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text stored in several languages, e.g. `{ en: "…", nb: "…", es: "…" }`. */
export type LocalizedText = Partial<Record<string, string>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks the text in `lang`, then English, then Norwegian, then whatever exists. */
export function localize(text: LocalizedText | null | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? text.nb ?? Object.values(text).find((v) => !!v) ?? '';
}

/** Best supported language from an Accept-Language header ("es-GT,es;q=0.9,en;q=0.8"). */
export function negotiateLanguage(header: string | undefined | null, fallback: Language = 'en'): Language {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (base === 'no' || base === 'nn' || base === 'nb') return 'nb';
    if (isLanguage(base)) return base;
  }
  return fallback;
}
