import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH } from '@mic/domain';
import { anonymous, createTestApp, signIn, type TestContext } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';
import { signInAs } from '../helpers/sign-in-as';

/**
 * The password rules, the same wherever a password is chosen: at least ten characters, not one
 * character repeated (at least four different ones), at most 1024 characters.
 */
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const WEAK = ['short', 'nine char', 'aaaaaaaaaaaaaaaa', 'abcabcabcabc'];
const LONGEST = 'x y z '.repeat(170) + 'abcd'; // 1024 characters

async function changeTo(newPassword: string, language = 'en') {
  const user = await buildUser(t.db, { language });
  const c = await signIn(t.app, user.email, TEST_PASSWORD);
  return { user, res: await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword }) };
}

describe('choosing a new password', () => {
  it('refuses each weak password, names the field, and keeps the old password', async () => {
    for (const weak of WEAK) {
      const { user, res } = await changeTo(weak);
      expect(res.statusCode, weak).toBe(422);
      expect(res.json()).toMatchObject({ code: 'PASSWORD_TOO_WEAK', errors: [{ field: 'newPassword' }] });
      await signIn(t.app, user.email, TEST_PASSWORD);
      await expect(signIn(t.app, user.email, weak)).rejects.toThrow();
    }
  });

  it('explains the rule in the user\'s language, with the minimum length', async () => {
    const es = (await changeTo('corta', 'es')).res.json();
    expect(es.detail).toContain(`al menos ${PASSWORD_MIN_LENGTH} caracteres`);
    const nb = (await changeTo('kort', 'nb')).res.json();
    expect(nb.detail).toContain(`minst ${PASSWORD_MIN_LENGTH} tegn`);
  });

  it('takes a password of exactly ten characters, and one of 1024', async () => {
    for (const good of ['abcd efghi', LONGEST]) {
      const { user, res } = await changeTo(good);
      expect(res.statusCode).toBe(204);
      await signIn(t.app, user.email, good);
    }
  });

  it('refuses one longer than 1024 characters as invalid input, not as a server error', async () => {
    const { res } = await changeTo(`${LONGEST}e`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'newPassword' }] });
  });

  it('asks for the current password first, whatever the new one', async () => {
    const c = await signInAs(t);
    const res = await c.post('/api/auth/password', { currentPassword: 'not the password', newPassword: 'a perfectly good one' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'PASSWORD_INCORRECT', errors: [{ field: 'currentPassword' }] });
  });
});

describe('accepting an invitation', () => {
  async function invitationToken() {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const res = await admin.post('/api/invitations', { email: `inv-${randomUUID()}@example.org`, name: 'Invited', language: 'es' });
    expect(res.statusCode).toBe(201);
    return (res.json().link as string).split('/invitation/')[1]!;
  }

  it('refuses a weak password in the invitee\'s language and leaves the invitation usable', async () => {
    const token = await invitationToken();
    for (const weak of WEAK) {
      const res = await anonymous(t.app).withLanguage('es').post(`/api/invitations/token/${token}/accept`, { password: weak });
      expect(res.statusCode, weak).toBe(422);
      expect(res.json()).toMatchObject({ code: 'PASSWORD_TOO_WEAK', errors: [{ field: 'password' }] });
      expect(res.json().detail).toContain('La contraseña');
      expect(res.cookies.find((c) => c.name === 'mic_session')).toBeUndefined();
    }
    expect((await anonymous(t.app).get(`/api/invitations/token/${token}`)).statusCode).toBe(200);
    const ok = await anonymous(t.app).post(`/api/invitations/token/${token}/accept`, { password: 'abcd efghi' });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses a password longer than 1024 characters', async () => {
    const res = await anonymous(t.app).post(`/api/invitations/token/${await invitationToken()}/accept`, { password: `${LONGEST}e` });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'password' }] });
  });
});
