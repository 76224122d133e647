import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';

/**
 * Five wrong passwords for one account from one address lock that account out from that address for
 * fifteen minutes; fifty from one address lock the address out. The lock is on the pair, so an attacker
 * cannot lock the owner out from the owner's own address, and it ends on its own.
 */
const MINUTE = 60_000;
let wall = new Date('2026-11-27T08:00:00Z');
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { wallClock: () => wall });
});
afterAll(() => t.close());
beforeEach(() => {
  // Each test starts past every earlier lock.
  wall = new Date(wall.getTime() + 60 * MINUTE);
});
const later = (ms: number) => {
  wall = new Date(wall.getTime() + ms);
};

const ATTACKER = '203.0.113.7';
const OWNER = '198.51.100.20';
const login = (from: string, email: string, password: string, language = 'en') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: from, headers: { 'accept-language': language }, payload: { email, password } });

async function failFiveTimes(from: string, email: string) {
  for (let i = 0; i < 5; i++) expect((await login(from, email, `wrong guess ${i}`)).statusCode).toBe(401);
}

describe('locking out after wrong passwords', () => {
  it('refuses even the right password after five wrong ones, with Retry-After and a translated answer', async () => {
    const owner = await buildUser(t.db);
    await failFiveTimes(ATTACKER, owner.email);
    const locked = await login(ATTACKER, owner.email, TEST_PASSWORD, 'es');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['content-type']).toContain('application/problem+json');
    expect(locked.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(locked.json().detail).toContain('Demasiados intentos');
    expect(locked.headers['retry-after']).toBe(String(15 * 60));
    expect(locked.cookies.find((c) => c.name === 'mic_session')).toBeUndefined();
    const nb = await login(ATTACKER, owner.email, TEST_PASSWORD, 'nb');
    expect(nb.json().detail).toContain('For mange forsøk');
  });

  it('does not lock the owner out when they sign in from their own address', async () => {
    const owner = await buildUser(t.db);
    await failFiveTimes(ATTACKER, owner.email);
    expect((await login(ATTACKER, owner.email, TEST_PASSWORD)).statusCode).toBe(429);
    const res = await login(OWNER, owner.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(owner.id);
  });

  it('ends the lock fifteen minutes after the first of the five, however often the attacker keeps trying', async () => {
    const owner = await buildUser(t.db);
    await failFiveTimes(ATTACKER, owner.email);
    for (let minute = 1; minute < 15; minute++) {
      later(MINUTE);
      const res = await login(ATTACKER, owner.email, 'still guessing');
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBe((15 - minute) * 60);
    }
    later(MINUTE);
    expect((await login(ATTACKER, owner.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts afresh after a successful sign-in', async () => {
    const owner = await buildUser(t.db);
    for (let i = 0; i < 4; i++) expect((await login(OWNER, owner.email, 'typo')).statusCode).toBe(401);
    expect((await login(OWNER, owner.email, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(OWNER, owner.email, 'typo')).statusCode).toBe(401);
    expect((await login(OWNER, owner.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('locks out an address that tries fifty wrong passwords over many accounts, not other addresses', async () => {
    const victims = await Promise.all(Array.from({ length: 13 }, () => buildUser(t.db)));
    let tries = 0;
    for (const v of victims) {
      for (let i = 0; i < 4 && tries < 50; i++, tries++) expect((await login(ATTACKER, v.email, `spray ${i}`)).statusCode).toBe(401);
    }
    const fresh = await buildUser(t.db);
    expect((await login(ATTACKER, fresh.email, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await login(OWNER, fresh.email, TEST_PASSWORD)).statusCode).toBe(200);
    later(15 * MINUTE);
    expect((await login(ATTACKER, fresh.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('behind the reverse proxy (production)', () => {
  it('takes the address the proxy saw, so a forged X-Forwarded-For does not dodge the lock', async () => {
    const prod = await createTestApp({ production: true }, { wallClock: () => wall });
    try {
      const owner = await buildUser(prod.db);
      // The proxy appends the address it saw to whatever the client sent.
      const viaProxy = (clientWrote: string, password: string) =>
        prod.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '10.0.0.2',
          headers: { 'x-forwarded-for': `${clientWrote}, ${ATTACKER}` },
          payload: { email: owner.email, password },
        });
      for (let i = 0; i < 5; i++) expect((await viaProxy(`192.0.2.${i}`, 'wrong')).statusCode).toBe(401);
      expect((await viaProxy('192.0.2.99', TEST_PASSWORD)).statusCode).toBe(429);
      const fromOwner = await prod.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': OWNER },
        payload: { email: owner.email, password: TEST_PASSWORD },
      });
      expect(fromOwner.statusCode).toBe(200);
    } finally {
      await prod.close();
    }
  });
});
