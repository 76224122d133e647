import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { exactlyOneWins, firstWinsSecondIsTold, getJson } from './support';

/**
 * What the programme office and the administrators keep for the whole programme: settings, templates,
 * funds, the consolidated report's narrative, events. Two of them on the same version: the second is told.
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

/** The body a settings form sends back: what it read, less what only the server writes. */
function editable(read: Record<string, unknown>, drop: string[]) {
  return Object.fromEntries(Object.entries(read).filter(([k]) => !drop.includes(k)));
}

describe('two office users save the same programme setting on the same version', () => {
  it('the risk settings', async () => {
    const url = '/api/programme/risk-settings';
    const start = await getJson(admin, url);
    const body = (months: number, version: number) => ({ ...editable(start, ['bands', 'updatedAt', 'can', 'version']), reviewIntervalMonths: months, version });
    await firstWinsSecondIsTold({
      read: () => getJson(admin, url),
      first: (version) => admin.put(url, body(start.reviewIntervalMonths + 1, version)),
      second: (version) => admin2.put(url, body(start.reviewIntervalMonths + 2, version)),
      kept: (now) => expect(now.reviewIntervalMonths).toBe(start.reviewIntervalMonths + 1),
    });
  });

  it('the budget rules', async () => {
    const url = '/api/programme/budget-rules';
    const start = await getJson(admin, url);
    const body = (percent: number, version: number) => ({ ...editable(start, ['can', 'version']), varianceThresholdPercent: percent, version });
    await firstWinsSecondIsTold({
      read: () => getJson(admin, url),
      first: (version) => admin.put(url, body(start.varianceThresholdPercent + 1, version)),
      second: (version) => admin2.put(url, body(start.varianceThresholdPercent + 2, version)),
      kept: (now) => expect(now.varianceThresholdPercent).toBe(start.varianceThresholdPercent + 1),
    });
  });

  it('the annual cycle', async () => {
    const url = '/api/programme/cycle';
    const start = await getJson(admin, url);
    const body = (reminderDays: number[], version: number) => ({ ...editable(start, ['updatedAt', 'can', 'version']), reminderDays, version });
    await firstWinsSecondIsTold({
      read: () => getJson(admin, url),
      first: (version) => admin.put(url, body([21, 7], version)),
      second: (version) => admin2.put(url, body([3], version)),
      kept: (now) => expect(now.reminderDays).toEqual([21, 7]),
    });
  });

  it('the IATI settings', async () => {
    const url = '/api/programme/iati-settings';
    const start = await getJson(admin, url);
    const body = (name: Record<string, string>, version: number) => ({ ...editable(start, ['can', 'version']), reportingOrgName: name, version });
    await firstWinsSecondIsTold({
      read: () => getJson(admin, url),
      first: (version) => admin.put(url, body({ en: 'KS – Kommunesektorens organisasjon' }, version)),
      second: (version) => admin2.put(url, body({ en: 'KS' }, version)),
      kept: (now) => expect(now.reportingOrgName).toMatchObject({ en: 'KS – Kommunesektorens organisasjon' }),
    });
  });

  it('an agreement template', async () => {
    const url = '/api/programme/agreement-templates/en';
    const start = await getJson(admin, url);
    const body = (title: string, version: number) => ({ title, sections: start.sections, version });
    await firstWinsSecondIsTold({
      read: () => getJson(admin, url),
      first: (version) => admin.put(url, body('Partnership agreement (2027)', version)),
      second: (version) => admin2.put(url, body('Agreement', version)),
      kept: (now) => expect(now.title).toBe('Partnership agreement (2027)'),
    });
  });

  it('the programme funds of a year, also the very first figure (version 0)', async () => {
    const read = async () => (await getJson(admin, '/api/programme/funds?year=2040')).sources.find((s: { fundingSource: string }) => s.fundingSource === 'norad');
    const url = '/api/programme/funds/2040/norad';
    expect((await read()).version).toBe(0);
    for (const [a, b] of [
      [500_000_00, 400_000_00],
      [600_000_00, 700_000_00],
    ]) {
      await firstWinsSecondIsTold({
        read,
        first: (version) => admin.put(url, { amount: a, version }),
        second: (version) => admin2.put(url, { amount: b, version }),
        kept: (now) => expect(now.allocated).toBe(a),
      });
    }
  });

  it('the consolidated report’s narrative', async () => {
    const read = () => getJson(admin, '/api/programme/consolidated-report?funding=norad&year=2041');
    const url = '/api/programme/consolidated-report/norad/2041';
    await firstWinsSecondIsTold({
      read,
      first: (version) => admin.put(url, { version, narrative: { summary: { en: 'A good year.' } } }),
      second: (version) => admin2.put(url, { version, narrative: { summary: { en: 'A hard year.' } } }),
      kept: (now) => expect(JSON.stringify(now)).toContain('A good year.'),
    });
  });
});

describe('events', () => {
  const body = (place: string) => ({ type: 'network_meeting', title: { en: 'Network meeting' }, description: {}, date: null, endDate: null, startTime: null, place, onlineUrl: null, materials: [], status: 'planned', invitedPartnershipIds: [] as string[] });

  async function freshEvent() {
    const p = await buildPartnership(t.db, { status: 'active' });
    const res = await admin.post('/api/events', { ...body('Antigua Guatemala'), invitedPartnershipIds: [p.id] });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    return { url: `/api/events/${id}`, read: () => getJson(admin, `/api/events/${id}`), invited: [p.id] };
  }

  it('a second edit and a delete on the old version are refused; the first edit stays', async () => {
    const e = await freshEvent();
    await firstWinsSecondIsTold({
      read: e.read,
      first: (version) => admin.put(e.url, { ...body('Panajachel'), invitedPartnershipIds: e.invited, version }),
      second: (version) => admin2.put(e.url, { ...body('Quetzaltenango'), invitedPartnershipIds: e.invited, version }),
      kept: (now) => expect(now.place).toBe('Panajachel'),
    });
    await firstWinsSecondIsTold({
      read: e.read,
      first: (version) => admin2.put(e.url, { ...body('Sololá'), invitedPartnershipIds: e.invited, version }),
      second: (version) => admin.delete(`${e.url}?version=${version}`),
      kept: (now) => expect(now.place).toBe('Sololá'),
    });
  });

  it('two edits at the same moment: exactly one wins', async () => {
    const e = await freshEvent();
    await exactlyOneWins({
      read: e.read,
      first: (version) => admin.put(e.url, { ...body('Panajachel'), invitedPartnershipIds: e.invited, version }),
      second: (version) => admin2.put(e.url, { ...body('Quetzaltenango'), invitedPartnershipIds: e.invited, version }),
      kept: () => {},
    });
  });

  it('a delete without a version (an older client) still deletes', async () => {
    const e = await freshEvent();
    expect((await admin.delete(e.url)).statusCode).toBe(204);
    expect((await admin.get(e.url)).statusCode).toBe(404);
  });
});
