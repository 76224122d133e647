import { randomBytes, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvitationDto } from '@mic/domain';
import { auditLog, invitations, users } from '../../src/db/schema';
import type { Mailer } from '../../src/lib/mailer';
import { anonymous, Client, createTestApp, signIn, type TestContext } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';

let t: TestContext;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  const a = await buildUser(t.db, { email: 'admin@invitations.test', name: 'Ingrid Admin', globalRole: 'admin' });
  admin = await signIn(t.app, a.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const NEW_PASSWORD = 'a long and good password';
const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.org`;
const tokenOf = (invitation: InvitationDto) => invitation.link!.split('/invitation/')[1]!;

async function invite(body: Record<string, unknown>): Promise<InvitationDto> {
  const res = await admin.post('/api/invitations', { language: 'en', name: 'Invitee', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** The browser that accepted: it carries the session the answer started. */
function browserOf(app: TestContext['app'], res: LightMyRequestResponse) {
  const cookie = res.cookies.find((c) => c.name === 'mic_session');
  return new Client(app, `mic_session=${cookie!.value}`, res.json().csrfToken);
}

describe('who may invite', () => {
  it('asks the signed-out to sign in and forbids everyone but administrators', async () => {
    const inv = await invite({ email: uniqueEmail('who') });
    const anon = anonymous(t.app);
    for (const res of [await anon.get('/api/invitations'), await anon.post('/api/invitations', {}), await anon.delete(`/api/invitations/${inv.id}`)]) {
      expect(res.statusCode).toBe(401);
    }
    const officer = await buildUser(t.db, { globalRole: 'programme_officer' });
    const c = await signIn(t.app, officer.email, TEST_PASSWORD);
    const body = { email: uniqueEmail('x'), name: 'X', language: 'en', globalRole: 'admin' };
    for (const res of [await c.get('/api/invitations'), await c.post('/api/invitations', body), await c.delete(`/api/invitations/${inv.id}`)]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await anon.get(`/api/invitations/token/${tokenOf(inv)}`)).statusCode).toBe(200);
  });
});

describe('an invitation from start to end', () => {
  it('is mailed in the invitee\'s language, accepted once, signs the invitee in with the role, and then is dead', async () => {
    const p = await buildPartnership(t.db, { title: 'Stord – San Juan Comalapa' });
    const email = uniqueEmail('lucia');
    const before = t.mailer.sent.length;
    const inv = await invite({ email, name: 'Lucía Pérez', language: 'es', partnershipId: p.id, partnershipRole: 'partner_coordinator' });
    expect(inv).toMatchObject({ email, name: 'Lucía Pérez', language: 'es', partnershipId: p.id, partnershipRole: 'partner_coordinator', globalRole: null, emailed: true });
    expect(inv.link).toMatch(/^http:\/\/mic\.test\/invitation\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(inv.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    expect(t.mailer.sent.length).toBe(before + 1);
    const mail = t.mailer.sent.at(-1)!;
    expect(mail.to).toBe(email);
    expect(mail.subject).toBe('Invitación a la Plataforma MIC');
    expect(mail.text).toContain(inv.link!);
    expect(mail.text).toContain('Hola, Lucía Pérez:');
    expect(mail.text).toContain('Ingrid Admin le ha invitado');
    expect(mail.text).toContain('coordinador/a del municipio socio en la asociación «Stord – San Juan Comalapa»');

    // Only the hash of the token is stored.
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, inv.id));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.tokenHash).not.toContain(tokenOf(inv));

    const listed = (await admin.get(`/api/invitations?search=${encodeURIComponent(email)}`)).json();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).not.toHaveProperty('link');

    const guest = anonymous(t.app).withLanguage('es');
    const info = await guest.get(`/api/invitations/token/${tokenOf(inv)}`);
    expect(info.statusCode).toBe(200);
    expect(info.json()).toEqual({ email, name: 'Lucía Pérez', language: 'es' });

    const weak = await guest.post(`/api/invitations/token/${tokenOf(inv)}/accept`, { password: 'short' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ code: 'PASSWORD_TOO_WEAK', errors: [{ field: 'password' }] });
    expect(weak.json().detail).toContain('contraseña');

    const accepted = await guest.post(`/api/invitations/token/${tokenOf(inv)}/accept`, { password: NEW_PASSWORD });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({
      email,
      name: 'Lucía Pérez',
      language: 'es',
      globalRole: null,
      memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }],
    });
    const browser = browserOf(t.app, accepted);
    expect((await browser.get('/api/auth/session')).json().user.email).toBe(email);
    expect((await browser.put('/api/auth/language', { language: 'en' })).statusCode).toBe(200);
    await signIn(t.app, email, NEW_PASSWORD);

    for (const res of [
      await guest.get(`/api/invitations/token/${tokenOf(inv)}`),
      await guest.post(`/api/invitations/token/${tokenOf(inv)}/accept`, { password: NEW_PASSWORD }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('INVITATION_INVALID');
      expect(res.json().detail).toContain('invitación');
    }
    expect((await admin.get(`/api/invitations?search=${encodeURIComponent(email)}`)).json().total).toBe(0);
    expect((await admin.delete(`/api/invitations/${inv.id}`)).statusCode).toBe(404);

    const entries = await t.db.select().from(auditLog).where(sql`${auditLog.entityId} in (${inv.id}, ${accepted.json().user.id})`);
    expect(entries.map((e) => e.action).sort()).toEqual(['invitation.accepted', 'invitation.created', 'user.created', 'user.language_changed']);
    const membership = await t.db.select().from(auditLog).where(eq(auditLog.partnershipId, p.id));
    expect(membership.map((e) => e.action)).toEqual(['membership.added']);
    const wholeLog = JSON.stringify(await t.db.select().from(auditLog));
    expect(wholeLog).not.toContain(tokenOf(inv));
    expect(wholeLog).not.toContain(row!.tokenHash);
    expect(wholeLog).not.toContain('$argon2');
  });

  it('gives a programme-wide role, mailed in Norwegian, and takes a new name when given', async () => {
    const email = uniqueEmail('ola');
    const inv = await invite({ email, name: 'Ola', language: 'nb', globalRole: 'programme_officer' });
    const mail = t.mailer.sent.at(-1)!;
    expect(mail.subject).toBe('Invitasjon til MIC-plattformen');
    expect(mail.text).toContain('som programrådgiver.');
    expect(mail.text).toContain(inv.link!);
    const res = await anonymous(t.app).post(`/api/invitations/token/${tokenOf(inv)}/accept`, { password: NEW_PASSWORD, name: '  Ola Nordmann ' });
    expect(res.json().user).toMatchObject({ name: 'Ola Nordmann', language: 'nb', globalRole: 'programme_officer', memberships: [] });
  });

  it('with no role makes a user who sees nothing yet, mailed in English', async () => {
    const inv = await invite({ email: uniqueEmail('plain'), name: 'Plain' });
    expect(t.mailer.sent.at(-1)!.subject).toBe('Invitation to the MIC Platform');
    const res = await anonymous(t.app).post(`/api/invitations/token/${tokenOf(inv)}/accept`, { password: NEW_PASSWORD });
    expect(res.json().user).toMatchObject({ globalRole: null, memberships: [] });
  });

  it('signs out whoever was signed in on that browser before', async () => {
    const someone = await buildUser(t.db);
    const theirs = await signIn(t.app, someone.email, TEST_PASSWORD);
    const inv = await invite({ email: uniqueEmail('shared'), name: 'Shared' });
    const res = await theirs.post(`/api/invitations/token/${tokenOf(inv)}/accept`, { password: NEW_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect((await theirs.get('/api/auth/session')).json().user).toBeNull();
  });
});

describe('what an invitation refuses', () => {
  it('an address that already has an account, in any case: 409 EMAIL_TAKEN', async () => {
    const u = await buildUser(t.db, { email: uniqueEmail('taken') });
    const res = await admin.post('/api/invitations', { email: u.email.toUpperCase(), name: 'Again', language: 'en' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'EMAIL_TAKEN', errors: [{ field: 'email' }] });
  });

  it('an address that got an account after the invitation was sent: 409 EMAIL_TAKEN on accepting', async () => {
    const email = uniqueEmail('late');
    const inv = await invite({ email });
    await buildUser(t.db, { email });
    const res = await anonymous(t.app).post(`/api/invitations/token/${tokenOf(inv)}/accept`, { password: NEW_PASSWORD });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EMAIL_TAKEN');
  });

  it('roles that do not fit together, an unknown partnership, a bad address or language: 422', async () => {
    const p = await buildPartnership(t.db);
    const base = { email: uniqueEmail('bad'), name: 'Bad', language: 'en' };
    const cases: [Record<string, unknown>, string][] = [
      [{ globalRole: 'admin', partnershipId: p.id, partnershipRole: 'viewer' }, 'globalRole'],
      [{ partnershipId: p.id }, 'partnershipRole'],
      [{ partnershipRole: 'viewer' }, 'partnershipId'],
      [{ partnershipId: randomUUID(), partnershipRole: 'viewer' }, 'partnershipId'],
      [{ email: 'not-an-address' }, 'email'],
      [{ language: 'de' }, 'language'],
      [{ name: '' }, 'name'],
      [{ globalRole: 'emperor' }, 'globalRole'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.post('/api/invitations', { ...base, ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await admin.get(`/api/invitations?search=${encodeURIComponent(base.email)}`)).json().total).toBe(0);
  });

  it('unknown, malformed, expired and revoked links all look the same: 404 INVITATION_INVALID', async () => {
    const expired = await invite({ email: uniqueEmail('expired') });
    await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, expired.id));
    const revoked = await invite({ email: uniqueEmail('revoked') });
    expect((await admin.delete(`/api/invitations/${revoked.id}`)).statusCode).toBe(204);
    const tokens = [tokenOf(expired), tokenOf(revoked), randomBytes(32).toString('base64url'), 'abc', `${'a'.repeat(42)}.`];
    const answers = [];
    for (const token of tokens) {
      const get = await anonymous(t.app).get(`/api/invitations/token/${token}`);
      const post = await anonymous(t.app).post(`/api/invitations/token/${token}/accept`, { password: NEW_PASSWORD });
      for (const res of [get, post]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('INVITATION_INVALID');
        answers.push(res.json().detail);
      }
    }
    expect(new Set(answers).size).toBe(1);
    const listed = (await admin.get('/api/invitations?pageSize=100')).json().items.map((i: InvitationDto) => i.id);
    expect(listed).not.toContain(expired.id);
    expect(listed).not.toContain(revoked.id);
    expect(await t.db.select().from(users).where(eq(users.email, expired.email))).toEqual([]);
  });
});

describe('managing pending invitations', () => {
  it('lists pending invitations newest first, a page at a time', async () => {
    const tag = randomUUID().slice(0, 6);
    const made = [];
    for (const n of [1, 2, 3]) made.push(await invite({ email: `list-${tag}-${n}@example.org`, name: `List ${n}` }));
    const page1 = (await admin.get(`/api/invitations?search=list-${tag}&pageSize=2`)).json();
    const page2 = (await admin.get(`/api/invitations?search=list-${tag}&pageSize=2&page=2`)).json();
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect([...page1.items, ...page2.items].map((i: InvitationDto) => i.id).sort()).toEqual(made.map((m) => m.id).sort());
    expect(page2.items).toHaveLength(1);
    expect((await admin.get('/api/invitations?pageSize=0')).statusCode).toBe(422);
  });

  it('a new invitation to the same address replaces the pending one', async () => {
    const email = uniqueEmail('twice');
    const first = await invite({ email });
    const second = await invite({ email: email.toUpperCase() });
    expect((await anonymous(t.app).get(`/api/invitations/token/${tokenOf(first)}`)).statusCode).toBe(404);
    expect((await anonymous(t.app).get(`/api/invitations/token/${tokenOf(second)}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/invitations?search=${encodeURIComponent(email)}`)).json().items.map((i: InvitationDto) => i.id)).toEqual([second.id]);
  });

  it('revokes once; revoking again or an unknown one is 404', async () => {
    const inv = await invite({ email: uniqueEmail('revoke') });
    expect((await admin.delete(`/api/invitations/${inv.id}`)).statusCode).toBe(204);
    const again = await admin.delete(`/api/invitations/${inv.id}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('NOT_FOUND');
    expect((await admin.delete(`/api/invitations/${randomUUID()}`)).statusCode).toBe(404);
    expect((await admin.delete('/api/invitations/not-a-uuid')).statusCode).toBe(404);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, inv.id)).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(entry).toMatchObject({ action: 'invitation.revoked', before: { email: inv.email } });
  });

  it('without mail configured, or when sending fails, still invites and says it did not e-mail', async () => {
    const mailer = t.mailer as Mailer & { enabled: boolean };
    const sent = t.mailer.sent.length;
    mailer.enabled = false;
    try {
      const inv = await invite({ email: uniqueEmail('nomail') });
      expect(inv.emailed).toBe(false);
      expect(inv.link).toBeTruthy();
    } finally {
      mailer.enabled = true;
    }
    expect(t.mailer.sent.length).toBe(sent);
    const send = mailer.send;
    mailer.send = async () => {
      throw new Error('smtp down');
    };
    try {
      const inv = await invite({ email: uniqueEmail('smtpdown') });
      expect(inv.emailed).toBe(false);
      expect((await anonymous(t.app).get(`/api/invitations/token/${tokenOf(inv)}`)).statusCode).toBe(200);
    } finally {
      mailer.send = send;
    }
  });
});
