/**
 * The official IATI 2.03 schema and codelists as the tests' oracle, read from IATI_SCHEMA_DIR
 * (default ../shared/iati beside the repository), never copied into it.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const IATI_DIR = process.env.IATI_SCHEMA_DIR ?? path.resolve(repoRoot, '../shared/iati');
const SCHEMA_DIR = path.join(IATI_DIR, 'schema-2.03');
const EMBEDDED = path.join(IATI_DIR, 'codelists/IATI-Codelists-version-2.03');
const NON_EMBEDDED = path.join(IATI_DIR, 'codelists/IATI-Codelists-NonEmbedded-master/xml');

const file = (dir: string, name: string) => ({ fileName: name, contents: readFileSync(path.join(dir, name), 'utf8') });

/** Schema errors of a document (empty when valid). */
export async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'activities.xml', contents: xml },
    schema: file(SCHEMA_DIR, 'iati-activities-schema.xsd'),
    preload: [file(SCHEMA_DIR, 'iati-common.xsd'), file(SCHEMA_DIR, 'xml.xsd')],
    maxMemoryPages: 2 * 16384,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

interface Mapping {
  /** Element names the path ends with ([] for `//@attr`, which applies anywhere). */
  elements: string[];
  attribute: string;
  /** `@vocabulary = '1' or not(@vocabulary)` as alternatives: [attr, value | null (absent)]. */
  condition: [string, string | null][] | null;
  codelist: string;
}

function parseCondition(text: string): [string, string | null][] {
  return text.split(/\s+or\s+/).map((part) => {
    const eq = /^@([\w:-]+)\s*=\s*'([^']*)'$/.exec(part.trim());
    if (eq) return [eq[1]!, eq[2]!];
    const not = /^not\(@([\w:-]+)\)$/.exec(part.trim());
    if (not) return [not[1]!, null];
    throw new Error(`unknown mapping condition: ${part}`);
  });
}

let cached: { mappings: Mapping[]; lists: Map<string, Set<string>> } | null = null;

function codesOf(name: string): Set<string> {
  const candidates = [path.join(EMBEDDED, 'xml', `${name}.xml`), path.join(NON_EMBEDDED, `${name}.xml`)];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`codelist ${name} not found`);
  return new Set([...readFileSync(found, 'utf8').matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1]!.trim()));
}

function oracle() {
  if (cached) return cached;
  const text = readFileSync(path.join(EMBEDDED, 'mapping.xml'), 'utf8');
  const mappings: Mapping[] = [];
  for (const m of text.matchAll(/<mapping>([\s\S]*?)<\/mapping>/g)) {
    const body = m[1]!;
    const p = /<path>([^<]+)<\/path>/.exec(body)![1]!.trim();
    const codelist = /<codelist ref="([^"]+)"/.exec(body)![1]!;
    const condition = /<condition>([^<]+)<\/condition>/.exec(body)?.[1];
    const [elementsPart, attribute] = p.replace(/^\/\//, '').split(/\/?@/);
    mappings.push({ elements: elementsPart ? elementsPart.split('/') : [], attribute: attribute!, condition: condition ? parseCondition(condition) : null, codelist });
  }
  cached = { mappings, lists: new Map() };
  return cached;
}

function listOf(name: string): Set<string> {
  const o = oracle();
  let list = o.lists.get(name);
  if (!list) o.lists.set(name, (list = codesOf(name)));
  return list;
}

const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export interface CodeCheck {
  /** `path/@attr = value (not in List)` for each coded value outside its codelist. */
  errors: string[];
  /** The mapping paths the document used (to see the checker looked at what we emit). */
  checked: Set<string>;
}

/** Every attribute of the document that mapping.xml gives a codelist, checked against that list. */
export function codelistErrors(xml: string): CodeCheck {
  const { mappings } = oracle();
  const errors: string[] = [];
  const checked = new Set<string>();
  const stack: string[] = [];
  for (const tag of xml.matchAll(/<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g)) {
    const [, closing, name, attrText, selfClosing] = tag;
    if (closing) {
      stack.pop();
      continue;
    }
    stack.push(name!);
    const attrs = new Map([...attrText!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)]));
    for (const [attr, value] of attrs) {
      for (const m of mappings) {
        if (m.attribute !== attr) continue;
        if (m.elements.length > stack.length) continue;
        if (m.elements.some((e, i) => stack[stack.length - m.elements.length + i] !== e)) continue;
        if (m.condition && !m.condition.some(([a, v]) => (v === null ? !attrs.has(a) : attrs.get(a) === v))) continue;
        const where = `//${m.elements.map((e) => `${e}/`).join('')}@${attr}`;
        checked.add(where);
        if (!listOf(m.codelist).has(value)) errors.push(`${where} = ${value} (not in ${m.codelist})`);
      }
    }
    if (selfClosing) stack.pop();
  }
  return { errors, checked };
}
