import fc from 'fast-check';

/**
 * Arbitraries built from the JSON schemas of the OpenAPI document: "valid-ish" values (the right keys,
 * values of the right shape, ids of real objects where a property names one) and hostile values to put
 * in their place (wrong types, huge strings, deep nesting, unicode, extreme numbers, unknown fields).
 */

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

/** Real ids the generators may use: for properties named `…Id`/`…Ids` and uuid strings. */
export interface IdSource {
  anyId(): fc.Arbitrary<string>;
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const MAX_DEPTH = 6;

function nest(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Values no route expects: each is either the wrong type or an extreme of the right one. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  -1e308,
  1e308,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53,
  9007199254740993,
  -(2 ** 63),
  '',
  ' ',
  'NaN',
  'Infinity',
  '-1',
  '1e308',
  '99999999999999999999',
  'x'.repeat(100_000),
  '\uD800',
  'a\uDFFFb',
  'a\u0000b',
  '\u0000',
  '\u202Eevil\u202C',
  'שלום مرحبا',
  '🙂'.repeat(2_000),
  'e\u0301\u0301\u0301',
  '<script>alert(1)</script>',
  "'; drop table users; --",
  '../../../etc/passwd',
  '%00%2e%2e%2f',
  '0000-00-00',
  '0000-01-01',
  '2024-02-29',
  '2025-02-29',
  '2025-02-30',
  '9999-12-31',
  '-001-01-01',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  [],
  [null],
  Array.from({ length: 5_000 }, (_, i) => i),
  {},
  { __proto__x: 1, constructor: { prototype: { polluted: true } } },
  nest(1_000, 'array'),
  nest(1_000, 'object'),
];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt().map((b) => Number(b))) },
);

/** A valid-ish value of `schema`; `name` is the property it is for (ids are recognised by their name). */
export function valueOf(schema: JsonSchema | undefined, ids: IdSource, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > MAX_DEPTH) return fc.constant(null);
  if (schema.anyOf?.length) return fc.oneof(...schema.anyOf.map((s) => valueOf(s, ids, name, depth + 1)));
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => valueOf({ ...schema, type }, ids, name, depth + 1)));
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      // An object's version is small: the ones a service accepts are within reach.
      if (name === 'version') return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: numberIn(schema, true) });
      return numberIn(schema, true);
    case 'number':
      return numberIn(schema, false);
    case 'string':
      return stringOf(schema, ids, name);
    case 'array': {
      const max = Math.min(schema.maxItems ?? 3, Math.max(schema.minItems ?? 0, 3));
      return fc.array(valueOf(schema.items, ids, singular(name), depth + 1), { minLength: Math.min(schema.minItems ?? 0, max), maxLength: max });
    }
    case 'object':
    default:
      return objectOf(schema, ids, depth);
  }
}

function singular(name: string) {
  return name.endsWith('Ids') ? name.slice(0, -1) : name;
}

function numberIn(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -1_000_000, -1_000_000_000_000);
  const max = Math.min(schema.maximum ?? 1_000_000, 1_000_000_000_000);
  const lo = Math.min(min, max);
  const small = integer ? fc.integer({ min: Math.max(lo, -10), max: Math.max(Math.min(max, 10), Math.max(lo, -10)) }) : fc.double({ min: lo, max, noNaN: true });
  const wide = integer ? fc.integer({ min: Math.ceil(lo), max: Math.floor(max) }) : fc.double({ min: lo, max, noNaN: true, noDefaultInfinity: true });
  const years = fc.integer({ min: 2024, max: 2028 }).filter((y) => y >= lo && y <= max);
  return fc.oneof({ weight: 3, arbitrary: small }, { weight: 2, arbitrary: wide }, { weight: 1, arbitrary: fc.constantFrom(lo, max) }, { weight: 2, arbitrary: lo <= 2028 && max >= 2024 ? years : small });
}

function stringOf(schema: JsonSchema, ids: IdSource, name: string): fc.Arbitrary<string> {
  if (schema.format === 'uuid' || /Ids?$/.test(name)) {
    return fc.oneof({ weight: 4, arbitrary: ids.anyId() }, { weight: 1, arbitrary: fc.uuid() });
  }
  if (schema.pattern === DATE_PATTERN) {
    const valid = fc.date({ min: new Date('2023-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.stringMatching(new RegExp(schema.pattern)) });
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, schema.maxLength ?? s.length));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(Math.max(minLength, Math.min(schema.maxLength ?? 200, 5_000)))) },
  );
}

function objectOf(schema: JsonSchema, ids: IdSource, depth: number): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const keys = Object.keys(props);
  const record = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, valueOf(props[k], ids, k, depth + 1)])), { requiredKeys: (schema.required ?? []).filter((k) => k in props) })
    : fc.constant({} as Record<string, unknown>);
  const extra = schema.additionalProperties;
  if (!extra || extra === true) return record;
  const key = schema.propertyNames ? (valueOf(schema.propertyNames, ids, '', depth + 1) as fc.Arbitrary<string>) : fc.string({ minLength: 1, maxLength: 8 });
  const dict = fc.dictionary(key, valueOf(extra, ids, '', depth + 1), { maxKeys: 3 });
  return fc.tuple(record, dict).map(([r, d]) => ({ ...d, ...(r as object) }));
}

/** The places in a JSON value where another value can go, as key paths. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length > 200) return out;
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...prefix, i]), pathsOf(v, [...prefix, i], out)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([...prefix, k]), pathsOf(v, [...prefix, k], out);
  return out;
}

function clone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function withAt(value: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  const copy = clone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** A valid-ish value with one place changed: a hostile value put in, a key taken out, or an unknown key added. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .record({ value: valid, pick: fc.nat(), hostile: hostileValue, how: fc.constantFrom('replace', 'replace', 'replace', 'remove', 'unknown') })
    .map(({ value, pick, hostile, how }) => {
      if (how === 'unknown' && value && typeof value === 'object' && !Array.isArray(value)) return { ...value, ['unknown' + (pick % 7)]: hostile };
      const paths = pathsOf(value);
      if (!paths.length) return hostile;
      return withAt(value, paths[pick % paths.length]!, hostile, how === 'remove');
    });
}

/** Bodies that are not the route's JSON at all, sent as raw text under the JSON media type. */
export const RAW_BODIES: readonly string[] = [
  '',
  '{',
  '{"a":',
  'null',
  '[]',
  '"text"',
  '1e999999',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"a":1,"a":2}',
  '\u0000',
  '\uFEFF{}',
  '<xml/>',
  '['.repeat(100_000),
  '{"a":"' + 'x'.repeat(1_100_000) + '"}',
];
