import { createServer, type Server, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { postgresDatabase } from '../../src/db/client';
import { createTestApp, testConfig, type TestContext } from '../helpers/app';
import { signInAs } from '../helpers/sign-in-as';

/** A port on loopback that something listens on, and what it does with a connection. */
async function listen(onConnection: (socket: Socket) => void): Promise<{ server: Server; port: number }> {
  const server = createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}

function expectUnavailable(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(res.statusCode).toBe(503);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.headers['retry-after']).toBe('5');
  expect(res.json()).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
}

describe('the database goes away under a running server', () => {
  let t: TestContext;
  let cookie: string;
  let csrf: string;
  beforeAll(async () => {
    t = await createTestApp();
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    cookie = officer.cookie!;
    csrf = officer.csrfToken!;
    const before = await t.app.inject({ method: 'GET', url: '/api/partnerships', headers: { cookie } });
    expect(before.statusCode).toBe(200);
    await t.database.close();
  });
  afterAll(() => t.app.close());

  it('answers a signed-in read with 503 and a translated problem, not 500', async () => {
    const en = await t.app.inject({ method: 'GET', url: '/api/partnerships', headers: { cookie, 'accept-language': 'en' } });
    expectUnavailable(en);
    const nb = await t.app.inject({ method: 'GET', url: '/api/partnerships', headers: { cookie, 'accept-language': 'nb' } });
    expectUnavailable(nb);
    expect(en.json<{ detail: string }>().detail).toMatch(/database/i);
    expect(nb.json<{ detail: string }>().detail).toMatch(/databasen/);
  });

  it('answers a write, a sign-in and an anonymous public read with 503', async () => {
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/municipalities',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { name: 'Outage', country: 'NO' },
    });
    expectUnavailable(write);
    expectUnavailable(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.example', password: 'x' } }));
    expectUnavailable(await t.app.inject({ method: 'GET', url: '/api/public/programme' }));
  });

  it('reports itself unhealthy', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'unavailable' });
  });
});

describe('a PostgreSQL server that cannot be reached', () => {
  let app: FastifyInstance | undefined;
  afterAll(() => app?.close());

  it('answers 503 at once when the database refuses connections', async () => {
    // A port that was just free: nothing listens on it any more, so connecting is refused.
    const { server, port } = await listen((s) => s.destroy());
    await new Promise((resolve) => server.close(resolve));
    const database = postgresDatabase(`postgres://mic@127.0.0.1:${port}/mic`);
    app = await buildApp({ config: testConfig, database, webDist: null });
    expectUnavailable(await app.inject({ method: 'GET', url: '/api/public/programme' }));
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
    await app.close();
    await database.close();
    app = undefined;
  });

  it('answers 503 within the connect timeout when the database accepts but never answers', async () => {
    const sockets: Socket[] = [];
    const { server, port } = await listen((s) => void sockets.push(s));
    const database = postgresDatabase(`postgres://mic@127.0.0.1:${port}/mic`, { connectTimeoutMs: 300 });
    app = await buildApp({ config: testConfig, database, webDist: null });
    try {
      const started = Date.now();
      expectUnavailable(await app.inject({ method: 'GET', url: '/api/public/programme' }));
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await app.close();
      app = undefined;
      await database.close();
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
