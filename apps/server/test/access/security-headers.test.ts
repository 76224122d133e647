import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app';
import { ensureProgramme } from '../../src/modules/programme/programme.bootstrap';
import type { AppConfig } from '../../src/config';
import type { Database } from '../../src/db/client';
import { testConfig } from '../helpers/app';
import { openTestDatabase } from '../helpers/database';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';

/**
 * Every answer, whether API, the web app's page or an error, carries the browser protections: a
 * content security policy with scripts from this origin only (no inline script) and no framing,
 * nosniff; and HSTS only when the site is served over HTTPS (production, or HTTPS_ONLY).
 */
let dir: string;
let database: Database;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mic-headers-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app-1.js"></script></head><body></body></html>');
  await writeFile(path.join(dir, 'assets', 'app-1.js'), 'export {};\n');
  database = await openTestDatabase();
  await ensureProgramme(database.db);
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

async function appWith(overrides: Partial<AppConfig>) {
  const app = await buildApp({ config: { ...testConfig, ...overrides }, database, webDist: dir });
  apps.push(app);
  return app;
}

/** One answer of each kind the browser meets. */
async function answers(app: FastifyInstance): Promise<Record<string, LightMyRequestResponse>> {
  const user = await buildUser(database.db);
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
  const cookie = `mic_session=${login.cookies.find((c) => c.name === 'mic_session')!.value}`;
  return {
    'an API answer': await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } }),
    'the sign-in answer': login,
    'the web app page': await app.inject({ method: 'GET', url: '/' }),
    'a client-side route': await app.inject({ method: 'GET', url: '/partnerships/123' }),
    'a script': await app.inject({ method: 'GET', url: '/assets/app-1.js' }),
    'a 404 problem': await app.inject({ method: 'GET', url: '/api/nothing-here' }),
    'a 401 problem': await app.inject({ method: 'GET', url: '/api/partnerships' }),
    'a 403 CSRF problem': await app.inject({ method: 'PUT', url: '/api/auth/language', headers: { cookie }, payload: { language: 'nb' } }),
    'a 400 malformed body': await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{' }),
  };
}

function directives(csp: string): Record<string, string> {
  return Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
}

describe('security headers', () => {
  it('sends the policy, nosniff and no HSTS on every kind of answer in development', async () => {
    const app = await appWith({});
    for (const [kind, res] of Object.entries(await answers(app))) {
      expect(res.statusCode, kind).toBeLessThan(500);
      const csp = directives(String(res.headers['content-security-policy']));
      expect(csp['script-src'], kind).toBe("'self'");
      expect(csp['default-src'], kind).toBe("'self'");
      expect(csp['frame-ancestors'], kind).toBe("'none'");
      expect(csp['object-src'], kind).toBe("'none'");
      expect(String(res.headers['content-security-policy']), kind).not.toMatch(/unsafe-eval/);
      expect(res.headers['x-content-type-options'], kind).toBe('nosniff');
      expect(res.headers['x-frame-options'], kind).toBe('DENY');
      expect(res.headers['strict-transport-security'], kind).toBeUndefined();
    }
  });

  it('allows inline styles only, never inline scripts', async () => {
    const res = await (await appWith({})).inject({ method: 'GET', url: '/' });
    const csp = String(res.headers['content-security-policy']);
    const inlineIn = csp.split(';').filter((d) => d.includes("'unsafe-inline'")).map((d) => d.trim().split(/\s+/)[0]);
    expect(inlineIn).toEqual(['style-src']);
  });

  it('adds HSTS for a year, subdomains included, in production and when HTTPS_ONLY says so', async () => {
    for (const overrides of [{ production: true }, { httpsOnly: true }]) {
      const app = await appWith(overrides);
      for (const [kind, res] of Object.entries(await answers(app))) {
        expect(res.headers['strict-transport-security'], kind).toBe('max-age=31536000; includeSubDomains');
        expect(directives(String(res.headers['content-security-policy']))['script-src'], kind).toBe("'self'");
      }
    }
  });

  it('keeps a downloaded document sandboxed and unframeable', async () => {
    const app = await appWith({});
    const admin = await buildUser(database.db, { globalRole: 'admin' });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: admin.email, password: TEST_PASSWORD } });
    const headers = { cookie: `mic_session=${login.cookies.find((c) => c.name === 'mic_session')!.value}`, 'x-csrf-token': login.json().csrfToken };
    const p = await buildPartnership(database.db);
    const up = await app.inject({ method: 'POST', url: `/api/partnerships/${p.id}/documents?fileName=a.pdf`, headers: { ...headers, 'content-type': 'application/pdf' }, payload: Buffer.from('%PDF-1.4 headers') });
    expect(up.statusCode, up.body).toBe(201);
    const res = await app.inject({ method: 'GET', url: `/api/partnerships/${p.id}/documents/${up.json().id}/content`, headers });
    expect(res.statusCode).toBe(200);
    const csp = directives(String(res.headers['content-security-policy']));
    expect(csp).toMatchObject({ sandbox: '', 'default-src': "'none'", 'frame-ancestors': "'none'" });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
