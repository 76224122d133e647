import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, signInAs } from '../helpers/sign-in-as';

/**
 * Every state-changing route of the OpenAPI document refuses a signed-in request that does not carry
 * the session's own CSRF token (X-CSRF-Token): 403 CSRF_TOKEN_INVALID, before anything is read or
 * written. There is no exception while signed in, sign-in and sign-out included. Without a session
 * there is nothing to ride on: sign-in, sign-out and accepting an invitation work without a token, and
 * a cross-site form cannot post to them (JSON bodies only, and the cookie is SameSite=Lax).
 */
let t: TestContext;
let admin: Client & { user: { id: string } };
let other: Client;
let unsafe: { method: string; path: string }[];

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAs(t, { globalRole: 'admin' });
  other = await signInAs(t, { globalRole: 'admin' });
  const paths = (await anonymous(t.app).get('/api/openapi.json')).json().paths as Record<string, Record<string, unknown>>;
  unsafe = Object.entries(paths).flatMap(([path, ops]) =>
    ['post', 'put', 'patch', 'delete'].filter((m) => m in ops).map((m) => ({ method: m.toUpperCase(), path })),
  );
});
afterAll(() => t.close());

/** A concrete URL for a documented path: any value does, the token is checked before routing's params. */
const urlOf = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'year' ? '2026' : randomUUID()));

async function walk(headers: (route: { method: string; path: string }) => Record<string, string>) {
  const wrong: string[] = [];
  for (const route of unsafe) {
    const res = await t.app.inject({
      method: route.method as 'POST',
      url: urlOf(route.path),
      headers: { cookie: admin.cookie!, ...headers(route) },
      payload: route.method === 'DELETE' ? undefined : {},
    });
    if (res.statusCode !== 403 || res.json().code !== 'CSRF_TOKEN_INVALID') wrong.push(`${route.method} ${route.path}: ${res.statusCode} ${res.body.slice(0, 80)}`);
  }
  return wrong;
}

describe('the CSRF token on every state-changing route', () => {
  it('walks every POST, PUT, PATCH and DELETE of the document', () => {
    expect(unsafe.length).toBeGreaterThan(80);
    expect(unsafe.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /api/auth/login', 'DELETE /api/partnerships/{id}/risks/{riskId}']));
  });

  it('refuses a signed-in request without the token, and nothing is written', async () => {
    const before = await auditCount(t.db);
    expect(await walk(() => ({}))).toEqual([]);
    expect(await auditCount(t.db)).toBe(before);
  });

  it('refuses a wrong token, an empty one, and the token of another session', async () => {
    const before = await auditCount(t.db);
    expect(await walk(() => ({ 'x-csrf-token': 'forged-token' }))).toEqual([]);
    expect(await walk(() => ({ 'x-csrf-token': '' }))).toEqual([]);
    expect(await walk(() => ({ 'x-csrf-token': other.csrfToken! }))).toEqual([]);
    expect(await auditCount(t.db)).toBe(before);
  });

  it('refuses the token sent as a cookie or a query parameter instead of the header', async () => {
    const p = await buildPartnership(t.db, { members: [] });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/partnerships/${p.id}?csrfToken=${admin.csrfToken}`,
      headers: { cookie: `${admin.cookie}; x-csrf-token=${admin.csrfToken}` },
      payload: { title: 'Forged', version: p.version },
    });
    expect(res.statusCode).toBe(403);
    expect((await admin.get(`/api/partnerships/${p.id}`)).json().title).toBe(p.title);
  });

  it('lets the same request through with the right token', async () => {
    const p = await buildPartnership(t.db, { members: [] });
    const res = await admin.patch(`/api/partnerships/${p.id}`, { title: 'Renamed with the token', version: p.version });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('the exceptions: no session, nothing to forge', () => {
  it('signs in and out without a token when the browser has no session', async () => {
    const user = await buildUser(t.db);
    const res = await anonymous(t.app).post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect((await anonymous(t.app).post('/api/auth/logout')).statusCode).toBe(204);
  });

  it('takes no form or plain-text body, so a cross-site form cannot sign anyone in', async () => {
    const user = await buildUser(t.db);
    const forms: LightMyRequestResponse[] = [];
    for (const [type, payload] of [
      ['application/x-www-form-urlencoded', `email=${encodeURIComponent(user.email)}&password=${encodeURIComponent(TEST_PASSWORD)}`],
      ['text/plain', JSON.stringify({ email: user.email, password: TEST_PASSWORD })],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n${user.email}\r\n--x--\r\n`],
    ]) {
      forms.push(await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': type! }, payload: payload! }));
    }
    for (const res of forms) {
      // Form types are unsupported (415); plain text stays a string, which is not a sign-in body (422).
      expect([415, 422]).toContain(res.statusCode);
      expect(res.json().code).toMatch(/^[A-Z_]+$/);
      expect(res.cookies.find((c) => c.name === 'mic_session')).toBeUndefined();
    }
  });
});
