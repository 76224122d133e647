import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, createTestApp, signIn, type TestContext } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('signing in and out', () => {
  it('signs in with the right password and shows who is signed in', async () => {
    const user = await buildUser(t.db, { email: 'Ana@Example.org', name: 'Ana', language: 'es' });
    const client = await signIn(t.app, 'ana@example.org', TEST_PASSWORD);
    const res = await client.get('/api/auth/session');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: user.id, name: 'Ana', language: 'es' });
    expect(res.json().csrfToken).toBeTruthy();
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    const user = await buildUser(t.db);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'mic_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
  });

  it('refuses a wrong password in the caller\'s language, the same as an unknown account', async () => {
    const user = await buildUser(t.db);
    const wrong = await anonymous(t.app).withLanguage('es-GT,es;q=0.9').post('/api/auth/login', { email: user.email, password: 'nope' });
    const unknown = await anonymous(t.app).withLanguage('es').post('/api/auth/login', { email: 'nobody@example.org', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
    expect(wrong.json().detail).toContain('contraseña');
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('locks an account out after five wrong passwords, even for the right one', async () => {
    const user = await buildUser(t.db);
    for (let i = 0; i < 5; i++) {
      const res = await anonymous(t.app).post('/api/auth/login', { email: user.email, password: `wrong-${i}` });
      expect(res.statusCode).toBe(401);
    }
    const locked = await anonymous(t.app).post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('RATE_LIMITED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('signs out: the old cookie no longer works', async () => {
    const user = await buildUser(t.db);
    const client = await signIn(t.app, user.email, TEST_PASSWORD);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/session')).json().user).toBeNull();
  });

  it('rejects a change without the CSRF token', async () => {
    const user = await buildUser(t.db);
    const client = await signIn(t.app, user.email, TEST_PASSWORD);
    const res = await client.request({ method: 'PUT', url: '/api/auth/language', payload: { language: 'nb' }, headers: { 'x-csrf-token': 'forged' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_TOKEN_INVALID');
    expect((await client.get('/api/auth/session')).json().user.language).toBe('en');
  });

  it('remembers the chosen language and answers errors in it', async () => {
    const user = await buildUser(t.db);
    const client = await signIn(t.app, user.email, TEST_PASSWORD);
    expect((await client.put('/api/auth/language', { language: 'nb' })).statusCode).toBe(200);
    expect((await client.get('/api/auth/session')).json().user.language).toBe('nb');
    const res = await client.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'whatever-long-enough' });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toBe('Det nåværende passordet er feil.');
  });
});

describe('changing the password', () => {
  it('changes it, signs other sessions out, and the new one works', async () => {
    const user = await buildUser(t.db);
    const here = await signIn(t.app, user.email, TEST_PASSWORD);
    const elsewhere = await signIn(t.app, user.email, TEST_PASSWORD);
    const res = await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a new and longer secret' });
    expect(res.statusCode).toBe(204);
    expect((await here.get('/api/auth/session')).json().user).not.toBeNull();
    expect((await elsewhere.get('/api/auth/session')).json().user).toBeNull();
    await expect(signIn(t.app, user.email, TEST_PASSWORD)).rejects.toThrow();
    await signIn(t.app, user.email, 'a new and longer secret');
  });

  it('refuses a weak new password with the field named', async () => {
    const user = await buildUser(t.db);
    const client = await signIn(t.app, user.email, TEST_PASSWORD);
    const res = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'PASSWORD_TOO_WEAK', errors: [{ field: 'newPassword' }] });
  });
});

describe('the HTTP boundary', () => {
  it('answers malformed JSON with 400 and a problem body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('MALFORMED_JSON');
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('BODY_TOO_LARGE');
  });

  it('answers a body of the wrong shape with 422 and the field', async () => {
    const res = await anonymous(t.app).post('/api/auth/login', { email: 'a@b.c' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'password' }] });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await anonymous(t.app).get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });

  it('reports health with the database reachable', async () => {
    const res = await anonymous(t.app).get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('ok');
  });

  it('carries a request id on every response', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});
