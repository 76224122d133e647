import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema';
import { anonymous, Client, createTestApp, signIn, type TestContext } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';
import { auditEntriesOf } from '../helpers/sign-in-as';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Sessions end after two hours unused and twelve hours after sign-in (the defaults); the wall clock moves on.
let wall = new Date('2026-11-27T08:00:00Z');
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { wallClock: () => wall });
});
afterAll(() => t.close());
beforeEach(() => {
  wall = new Date('2026-11-27T08:00:00Z');
});
const later = (ms: number) => {
  wall = new Date(wall.getTime() + ms);
};

async function newUser() {
  const user = await buildUser(t.db);
  return { user, signIn: () => signIn(t.app, user.email, TEST_PASSWORD) };
}
const whoIs = async (c: Client) => (await c.get('/api/auth/session')).json().user?.id ?? null;
const login = (cookie: string | null, email: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD }, headers: cookie ? { cookie } : {} });
const sessionCookie = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'mic_session')!;

describe('session fixation', () => {
  it('ignores a session id planted before sign-in and issues a new one', async () => {
    const { user } = await newUser();
    const planted = 'mic_session=chosen-by-an-attacker';
    const res = await login(planted, user.email);
    expect(res.statusCode).toBe(200);
    const issued = sessionCookie(res).value;
    expect(issued).not.toBe('chosen-by-an-attacker');
    expect(await whoIs(new Client(t.app, planted, res.json().csrfToken))).toBeNull();
    expect(await whoIs(new Client(t.app, `mic_session=${issued}`, res.json().csrfToken))).toBe(user.id);
  });

  it('gives a browser that signs in again a new session and ends the one it had', async () => {
    const ana = await newUser();
    const before = await ana.signIn();
    const res = await login(before.cookie, ana.user.email);
    expect(res.statusCode, res.body).toBe(403); // a signed-in browser must send its CSRF token, even to sign in again
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ana.user.email, password: TEST_PASSWORD },
      headers: { cookie: before.cookie!, 'x-csrf-token': before.csrfToken! },
    });
    expect(again.statusCode).toBe(200);
    const after = `mic_session=${sessionCookie(again).value}`;
    expect(after).not.toBe(before.cookie);
    expect(again.json().csrfToken).not.toBe(before.csrfToken);
    expect(await whoIs(before)).toBeNull();
    expect(await whoIs(new Client(t.app, after, again.json().csrfToken))).toBe(ana.user.id);
  });

  it('stores only a hash of the cookie: the database does not hold a usable session id', async () => {
    const { user } = await newUser();
    const res = await login(null, user.email);
    const rows = await t.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toBe(sessionCookie(res).value);
    expect(await whoIs(new Client(t.app, `mic_session=${rows[0]!.id}`, null))).toBeNull();
  });
});

describe('session expiry', () => {
  it('ends a session left unused for two hours: the next request is refused with 401', async () => {
    const c = await (await newUser()).signIn();
    later(2 * HOUR - MINUTE);
    expect(await whoIs(c)).not.toBeNull();
    later(2 * HOUR + MINUTE);
    const res = await c.put('/api/auth/language', { language: 'nb' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
    expect(await whoIs(c)).toBeNull();
  });

  it('keeps a session in use alive, but never longer than twelve hours after sign-in', async () => {
    const c = await (await newUser()).signIn();
    for (let hours = 1; hours < 12; hours++) {
      later(HOUR);
      expect(await whoIs(c), `after ${hours} h`).not.toBeNull();
    }
    later(HOUR);
    expect((await c.put('/api/auth/language', { language: 'es' })).statusCode).toBe(401);
  });

  it('follows the configured limits', async () => {
    const short = await createTestApp({ sessionIdleMinutes: 5, sessionMaxHours: 1 }, { wallClock: () => wall });
    try {
      const user = await buildUser(short.db);
      const c = await signIn(short.app, user.email, TEST_PASSWORD);
      later(4 * MINUTE);
      expect((await c.get('/api/auth/session')).json().user).not.toBeNull();
      later(6 * MINUTE);
      expect((await c.get('/api/auth/session')).json().user).toBeNull();
    } finally {
      await short.close();
    }
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the user, the one asking too, and writes it to the audit log', async () => {
    const ana = await newUser();
    const laptop = await ana.signIn();
    const phone = await ana.signIn();
    const other = await (await newUser()).signIn();
    const res = await laptop.post('/api/auth/logout-all');
    expect(res.statusCode).toBe(204);
    expect(sessionCookie(res).value).toBe('');
    expect(await whoIs(laptop)).toBeNull();
    expect(await whoIs(phone)).toBeNull();
    expect(await whoIs(other)).not.toBeNull();
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, ana.user.id))).toEqual([]);
    expect((await auditEntriesOf(t.db, ana.user.id)).map((e) => e.action)).toContain('user.signed_out_everywhere');
    expect(await whoIs(await ana.signIn())).toBe(ana.user.id);
  });

  it('asks a visitor who is not signed in to sign in', async () => {
    const res = await anonymous(t.app).post('/api/auth/logout-all');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, and not Secure on plain HTTP in development', async () => {
    const res = await login(null, (await newUser()).user.email);
    const cookie = sessionCookie(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.maxAge).toBe(12 * 60 * 60);
  });

  it('is also Secure in production, on sign-in and on sign-out', async () => {
    for (const overrides of [{ production: true }, { httpsOnly: true }]) {
      const prod = await createTestApp(overrides);
      try {
        const user = await buildUser(prod.db);
        const res = await prod.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
        expect(sessionCookie(res)).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: true });
        const out = await new Client(prod.app, `mic_session=${sessionCookie(res).value}`, res.json().csrfToken).post('/api/auth/logout');
        expect(out.cookies.find((c) => c.name === 'mic_session')).toMatchObject({ value: '', httpOnly: true, sameSite: 'Lax', path: '/', secure: true });
      } finally {
        await prod.close();
      }
    }
  });
});
