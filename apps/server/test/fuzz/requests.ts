import fc from 'fast-check';
import { hostileValue, mutated, RAW_BODIES, valueOf, type JsonSchema } from './arbitraries';
import { ACTORS, type ActorName, type World } from './world';

/** Requests for one write route of the OpenAPI document: parameters, body and headers, valid and hostile. */

export interface WriteRoute {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, `/api/partnerships/{id}/risks`. */
  path: string;
  params: { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }[];
  /** The JSON body's schema; `null` for a route without a JSON body. */
  body: JsonSchema | null;
}

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: WriteRoute['params']; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
}

export function writeRoutesOf(doc: OpenApi): WriteRoute[] {
  const routes: WriteRoute[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      const body = op.requestBody?.content['application/json']?.schema ?? null;
      routes.push({ method: method.toUpperCase() as WriteRoute['method'], path, params: op.parameters ?? [], body });
    }
  }
  return routes;
}

/** One generated request. Printed short when fast-check reports it as a counterexample. */
export class FuzzRequest {
  constructor(
    readonly actor: ActorName,
    readonly method: string,
    readonly url: string,
    readonly headers: Record<string, string>,
    readonly payload: string | Buffer | undefined,
  ) {}
  describe(): string {
    const headers = Object.entries(this.headers).map(([k, v]) => `${k}: ${short(v, 120)}`);
    const body = this.payload === undefined ? '(none)' : Buffer.isBuffer(this.payload) ? `${this.payload.length} bytes` : short(this.payload, 400);
    return [`${this.method} ${short(this.url, 160)} as ${this.actor}`, ...headers.map((h) => `  ${h}`), `  body: ${body}`].join('\n');
  }
  toString() {
    return this.describe();
  }
  [fc.toStringMethod]() {
    return this.describe();
  }
}

export function short(text: string, max: number): string {
  const printable = JSON.stringify(text).slice(1, -1);
  return printable.length <= max ? printable : `${printable.slice(0, max)}… (${text.length} chars)`;
}

const ID_KIND_BY_PARAM: Record<string, string> = {
  partnershipId: 'partnership',
  riskId: 'risk',
  resultId: 'result',
  indicatorId: 'indicator',
  documentId: 'document',
  meetingId: 'meeting',
  instalmentId: 'instalment',
};

/** `/api/events/{id}` names an event, `/api/partnerships/{id}/…` a partnership. */
function kindOfId(path: string, name: string): string | null {
  if (name !== 'id') return ID_KIND_BY_PARAM[name] ?? null;
  const collection = path.split('/')[2] ?? '';
  return collection.replace(/ies$/, 'y').replace(/s$/, '');
}

const JUNK_SEGMENTS = ['not-a-uuid', '..', '../../etc/passwd', '-1', '0', '1e308', 'NaN', '99999999999999999999', ' ', '%00', 'ü🙂\u202E', 'x'.repeat(5_000), '00000000-0000-0000-0000-000000000000', '{id}'];
const KNOWN: Record<string, string[]> = {
  year: ['2025', '2026', '2027', '2028'],
  fundingSource: ['norad', 'mfa'],
  funding: ['norad', 'mfa'],
  stepCode: ['annual-application', 'instalment-1', 'annual-report', 'network-meeting'],
};

function pathSegment(route: WriteRoute, world: World, name: string, schema: JsonSchema): fc.Arbitrary<string> {
  const kind = kindOfId(route.path, name);
  const real = kind && world.ids[kind]?.length ? fc.constantFrom(...world.ids[kind]!) : null;
  const known = schema.enum?.length ? fc.constantFrom(...schema.enum.map(String)) : KNOWN[name] ? fc.constantFrom(...KNOWN[name]!) : null;
  const valid = real ?? known ?? (valueOf(schema, world, name).map(String) as fc.Arbitrary<string>);
  const junk = fc.oneof(fc.constantFrom(...JUNK_SEGMENTS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), fc.integer().map(String));
  return fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: fc.uuid() }, { weight: 2, arbitrary: junk }).map((s) => encodeURIComponent(s));
}

function queryValue(world: World, name: string, schema: JsonSchema): fc.Arbitrary<string | undefined> {
  const valid = valueOf(schema, world, name).map((v) => (v === null ? undefined : String(v)));
  const hostile = hostileValue.map((v) => (typeof v === 'string' ? v.slice(0, 20_000) : JSON.stringify(v)?.slice(0, 20_000)));
  const fileNames = fc.constantFrom('report.pdf', '../../etc/passwd.pdf', 'C:\\Windows\\evil.pdf', 'a/b/c.pdf', '.pdf', 'x.pdf.exe', 'plan\u0000.pdf', '\u202Efdp.exe', '🙂.png', 'x'.repeat(600), 'index.html', 'pic.svg');
  return fc.oneof({ weight: 6, arbitrary: name === 'fileName' ? fc.oneof(fileNames, valid) : valid }, { weight: 2, arbitrary: hostile }, { weight: 1, arbitrary: fc.constant(undefined) });
}

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/xml', '', 'application/json, text/html', 'application/problem+json', 'application/jsonx'];
const UPLOAD_TYPES = ['application/pdf', 'application/octet-stream', 'image/png', 'image/svg+xml', 'text/html', 'application/zip', 'application/json', 'multipart/form-data; boundary=x', ''];
const LANGUAGES = ['en', 'nb', 'es', 'xx', '*', '', 'nb-NO,nb;q=0.9', 'en;q=abc', 'zz-ZZ,;;;q=', '\u00e6\u00f8', 'a'.repeat(10_000), 'es;q=0.5, nb;q=1.5'];

/** `arb` about once in `every` requests, otherwise nothing. */
function sometimes<T>(arb: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

function headersFor(kind: 'json' | 'upload' | 'none'): fc.Arbitrary<Record<string, string>> {
  const types = kind === 'upload' ? UPLOAD_TYPES : CONTENT_TYPES;
  const usual = kind === 'upload' ? 'application/pdf' : 'application/json';
  return fc
    .record({
      'content-type': fc.oneof({ weight: 4, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(...types) }),
      'accept-language': sometimes(fc.constantFrom(...LANGUAGES), 3),
      'x-request-id': sometimes(fc.constantFrom('fuzz-1', '../../x', 'x'.repeat(200), 'x\ty'), 8),
      'x-fuzz-filler': sometimes(fc.constantFrom('a'.repeat(16_000), '\u00ff'.repeat(100)), 10),
      'x-csrf-token': sometimes(fc.constantFrom('forged', ''), 25),
      accept: sometimes(fc.constantFrom('text/html', 'application/xml', '*/*'), 8),
    })
    .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);
}

function bodyFor(route: WriteRoute, world: World): fc.Arbitrary<string | Buffer | undefined> {
  if (!route.body) {
    if (route.params.some((p) => p.name === 'fileName')) {
      const pdf = fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(b)]));
      const html = fc.constantFrom(Buffer.from('<html><script>alert(1)</script></html>'), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), Buffer.alloc(0), Buffer.from('PK\u0003\u0004'));
      return fc.oneof({ weight: 3, arbitrary: fc.uint8Array({ maxLength: 4_000 }).map((b) => Buffer.from(b)) }, { weight: 3, arbitrary: pdf }, { weight: 1, arbitrary: html });
    }
    return fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) }, { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v)) });
  }
  const valid = valueOf(route.body, world, '');
  const json = fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 5, arbitrary: mutated(valid) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: valid.map((v) => [v]) },
  );
  return fc.oneof({ weight: 12, arbitrary: json.map((v) => JSON.stringify(v)) }, { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) });
}

/**
 * Who sends the request: on the programme office's routes mostly the office (a coordinator there is
 * refused before validation); on a partnership's routes anyone of the four.
 */
function actorFor(route: WriteRoute): fc.Arbitrary<ActorName> {
  const office = /^\/api\/(programme|municipalities|users|invitations|events(\/\{id\})?$)/.test(route.path) || route.path === '/api/partnerships';
  if (!office) return fc.constantFrom(...ACTORS);
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom<ActorName>('admin', 'officer') }, { weight: 1, arbitrary: fc.constantFrom<ActorName>('home', 'partner') });
}

export function requestsFor(route: WriteRoute, world: World): fc.Arbitrary<FuzzRequest> {
  const pathParams = route.params.filter((p) => p.in === 'path');
  const queryParams = route.params.filter((p) => p.in === 'query');
  const kind = route.body ? 'json' : route.params.some((p) => p.name === 'fileName') ? 'upload' : 'none';
  return fc
    .record({
      actor: actorFor(route),
      segments: fc.tuple(...pathParams.map((p) => pathSegment(route, world, p.name, p.schema))),
      query: fc.tuple(...queryParams.map((p) => queryValue(world, p.name, p.schema))),
      headers: headersFor(kind),
      payload: bodyFor(route, world),
    })
    .map(({ actor, segments, query, headers, payload }) => {
      let url = route.path;
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, segments[i]!)));
      const search = new URLSearchParams();
      queryParams.forEach((p, i) => query[i] !== undefined && search.append(p.name, query[i]!));
      if (search.size) url += `?${search}`;
      if (payload === undefined && kind === 'none') delete headers['content-type'];
      return new FuzzRequest(actor, route.method, url, headers, payload);
    });
}
