import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { signInAs } from '../helpers/sign-in-as';
import { exactlyOneWins, firstWinsSecondIsTold, getJson } from './support';

/**
 * The programme's configuration, its register of municipalities, its users and its results settings:
 * versioned since issue 11. A save names the version it was made on; one made without (an older
 * client) still saves, as before.
 */

let t: TestContext;
let admin: Client;
let admin2: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAs(t, { globalRole: 'admin', name: 'Admin One' });
  admin2 = await signInAs(t, { globalRole: 'admin', name: 'Admin Two' });
});
afterAll(() => t.close());

const without = (o: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

describe('the programme configuration', () => {
  it('the second save on the same version is refused; the first stays', async () => {
    const start = await getJson(admin, '/api/programme');
    expect(start.version).toBeGreaterThanOrEqual(1);
    const body = (maxPurposes: number, version: number) => ({ ...without(start, 'id', 'version'), maxPurposes, version });
    await firstWinsSecondIsTold({
      read: () => getJson(admin, '/api/programme'),
      first: (version) => admin.put('/api/programme', body(3, version)),
      second: (version) => admin2.put('/api/programme', body(4, version)),
      kept: (now) => expect(now.maxPurposes).toBe(3),
    });
  });
});

describe('a municipality', () => {
  const body = (name: string, orgNumber: string | null, version?: number) => ({ name, country: 'NO', orgNumber, ...(version === undefined ? {} : { version }) });
  const fresh = () => buildMunicipality(t.db, { country: 'NO' });

  it('the second edit on the same version is refused; the first stays', async () => {
    const m = await fresh();
    const url = `/api/municipalities/${m.id}`;
    await firstWinsSecondIsTold({
      read: () => getJson(admin, url),
      first: (version) => admin.put(url, body(m.name, '971 032 146', version)),
      second: (version) => admin2.put(url, body(`${m.name} kommune`, null, version)),
      kept: (now) => expect([now.name, now.orgNumber]).toEqual([m.name, '971032146']),
    });
  });

  it('two edits at the same moment: exactly one wins', async () => {
    const m = await fresh();
    const url = `/api/municipalities/${m.id}`;
    await exactlyOneWins({
      read: () => getJson(admin, url),
      first: (version) => admin.put(url, body(m.name, '971 032 146', version)),
      second: (version) => admin2.put(url, body(`${m.name} kommune`, null, version)),
      kept: () => {},
    });
  });

  it('an edit without a version (an older client) still saves, and moves the version on', async () => {
    const m = await fresh();
    const res = await admin.put(`/api/municipalities/${m.id}`, body(m.name, '971 032 146'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ orgNumber: '971032146', version: 2 });
  });
});

describe('a user', () => {
  const readUser = (id: string) => async () => (await t.db.select().from(users).where(eq(users.id, id)))[0]!;

  it('the second administrator’s edit on the same version is refused; the first stays', async () => {
    const someone = await signInAs(t, { name: 'Kari Nordmann' });
    const url = `/api/users/${someone.user.id}`;
    await firstWinsSecondIsTold({
      read: readUser(someone.user.id),
      first: (version) => admin.patch(url, { globalRole: 'programme_officer', version }),
      second: (version) => admin2.patch(url, { name: 'Kari N.', version }),
      kept: (now) => expect([now.globalRole, now.name]).toEqual(['programme_officer', 'Kari Nordmann']),
    });
  });

  it('two edits at the same moment: exactly one wins', async () => {
    const someone = await signInAs(t, { name: 'Ola Nordmann' });
    const url = `/api/users/${someone.user.id}`;
    await exactlyOneWins({
      read: readUser(someone.user.id),
      first: (version) => admin.patch(url, { name: 'Ola N.', version }),
      second: (version) => admin2.patch(url, { disabled: true, version }),
      kept: () => {},
    });
  });
});

describe('the results settings', () => {
  it('version 0 until the first save; the second save on the same version is refused', async () => {
    const url = '/api/programme/results-settings';
    const start = await getJson(admin, url);
    expect(start.version).toBe(0);
    const body = (maxIndicatorsPerOutcome: number, version: number) => ({ ...start, maxIndicatorsPerOutcome, version });
    for (const [a, b] of [
      [4, 5],
      [6, 7],
    ] as const) {
      await firstWinsSecondIsTold({
        read: () => getJson(admin, url),
        first: (version) => admin.put(url, body(a, version)),
        second: (version) => admin2.put(url, body(b, version)),
        kept: (now) => expect(now.maxIndicatorsPerOutcome).toBe(a),
      });
    }
  });
});
