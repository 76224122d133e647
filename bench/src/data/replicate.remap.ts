import { randomUUID } from 'node:crypto';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * One copy's translation: the archetype's own ids become fresh ones (wherever they appear, in
 * columns, JSON or inside longer strings such as "user:partnership" keys), and its names become the
 * copy's names. Ids of shared things (programme, office users, funding sources) are not in the map
 * and stay as they are.
 */
export class Remap {
  private readonly ids = new Map<string, string>();
  private readonly names: [string, string][];

  constructor(ownIds: Iterable<string>, names: [string, string][]) {
    for (const id of ownIds) this.ids.set(id, randomUUID());
    // Longest first, so "Stord – San Juan Comalapa" is replaced before "Stord".
    this.names = names.filter(([from, to]) => from && from !== to).sort((a, b) => b[0].length - a[0].length);
  }

  id(old: string): string {
    return this.ids.get(old) ?? old;
  }

  value(v: unknown): unknown {
    if (typeof v === 'string') return this.text(v);
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = this.value(x);
      return out;
    }
    return v;
  }

  private text(s: string): string {
    // Document bytes come as "\x…" hex: nothing to translate, and scanning them is wasted time.
    if (s.length > 2 && s.startsWith('\\x')) return s;
    let out = s.length >= 36 ? s.replace(UUID, (m) => this.ids.get(m.toLowerCase()) ?? m) : s;
    for (const [from, to] of this.names) if (out.includes(from)) out = out.split(from).join(to);
    return out;
  }
}
