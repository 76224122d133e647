import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let officer: Client;
let coordinator: Client;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2027-03-10T09:00:00Z') });
  officer = await signInAs(t, { globalRole: 'programme_officer' });
  coordinator = await signInAs(t, {});
});
afterAll(() => t.close());

const steps = (res: { json(): { deadlines: { stepCode: string; fundingSource: string; date: string | null; dateSource: string }[] } }) =>
  res.json().deadlines.map((d) => [d.fundingSource, d.stepCode, d.date, d.dateSource]);

describe('the programme’s deadlines of a funding year', () => {
  it('lists every step of a Norad year in date order, both audiences, the network meeting to be announced', async () => {
    const res = await coordinator.get('/api/programme/deadlines?year=2027&funding=norad');
    expect(res.statusCode).toBe(200);
    expect(res.json().year).toBe(2027);
    expect(steps(res)).toEqual([
      ['norad', 'annual-application', '2026-10-01', 'rule'],
      ['norad', 'programme-application', '2026-11-01', 'rule'],
      ['norad', 'instalment-1', '2027-03-01', 'rule'],
      ['norad', 'instalment-2', '2027-10-01', 'rule'],
      ['norad', 'annual-report', '2028-04-15', 'rule'],
      ['norad', 'network-meeting', null, 'tba'],
    ]);
    expect(res.json().deadlines[1]).toMatchObject({ audience: 'programme_office', kind: 'programme_application' });
  });

  it('gives the Ministry its applications only in a programme-application year', async () => {
    const in2027 = await coordinator.get('/api/programme/deadlines?year=2027&funding=mfa');
    expect(steps(in2027)).toEqual([
      ['mfa', 'annual-application', '2027-01-15', 'rule'],
      ['mfa', 'programme-application', '2027-02-15', 'rule'],
      ['mfa', 'instalment-1', '2027-10-01', 'rule'],
      ['mfa', 'annual-report', '2028-09-01', 'rule'],
      ['mfa', 'network-meeting', null, 'tba'],
    ]);
    const in2028 = await coordinator.get('/api/programme/deadlines?year=2028&funding=mfa');
    expect(steps(in2028)).toEqual([
      ['mfa', 'instalment-1', '2028-10-01', 'rule'],
      ['mfa', 'annual-report', '2029-09-01', 'rule'],
      ['mfa', 'network-meeting', null, 'tba'],
    ]);
  });

  it('covers both funding sources without `funding`, and this year without `year`', async () => {
    const res = await coordinator.get('/api/programme/deadlines');
    expect(res.json().year).toBe(2027);
    expect(new Set(steps(res).map((s) => s[0]))).toEqual(new Set(['norad', 'mfa']));
    expect(res.json().deadlines).toHaveLength(11);
  });

  it('refuses an unknown funding source and a year out of range', async () => {
    const sida = await coordinator.get('/api/programme/deadlines?year=2027&funding=sida');
    expect([sida.statusCode, sida.json().code, sida.json().errors[0].field]).toEqual([422, 'FUNDING_SOURCE_UNKNOWN', 'funding']);
    for (const year of ['1999', '2101', 'soon']) {
      const res = await coordinator.get(`/api/programme/deadlines?year=${year}`);
      expect([res.statusCode, res.json().code, res.json().errors[0].field]).toEqual([422, 'VALIDATION_FAILED', 'querystring.year']);
    }
  });
});

describe('dates the programme office sets for a year', () => {
  const url = (year: number, source: string, step: string) => `/api/programme/cycle-dates/${year}/${source}/${step}`;

  it('sets the network meeting’s date for the year, replacing "to be announced", audit-logged; the next year is still open', async () => {
    const res = await officer.put(url(2027, 'norad', 'network-meeting'), { date: '2027-06-03' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ year: 2027, dates: [{ fundingSource: 'norad', year: 2027, stepCode: 'network-meeting', date: '2027-06-03', version: 1 }] });
    expect((await coordinator.get('/api/programme/cycle-dates?year=2027')).json().dates).toHaveLength(1);
    expect((await coordinator.get('/api/programme/cycle-dates')).json().year).toBe(2027);
    expect((await coordinator.get('/api/programme/cycle-dates?year=2028')).json().dates).toEqual([]);

    const deadlines = await coordinator.get('/api/programme/deadlines?year=2027&funding=norad');
    expect(steps(deadlines).find((s) => s[1] === 'network-meeting')).toEqual(['norad', 'network-meeting', '2027-06-03', 'set']);
    const [entry] = (await auditEntriesOf(t.db, 'norad:2027:network-meeting')).filter((e) => e.action === 'cycle.date_set');
    expect(entry).toMatchObject({ entityType: 'cycle_date', after: { fundingSource: 'norad', year: 2027, stepCode: 'network-meeting', date: '2027-06-03' } });
  });

  it('moves a standing date for one year and clears it again, back to the rule', async () => {
    expect((await officer.put(url(2027, 'norad', 'annual-report'), { date: '2028-04-30' })).statusCode).toBe(200);
    let deadlines = await coordinator.get('/api/programme/deadlines?year=2027&funding=norad');
    expect(steps(deadlines).find((s) => s[1] === 'annual-report')).toEqual(['norad', 'annual-report', '2028-04-30', 'set']);

    const cleared = await officer.put(url(2027, 'norad', 'annual-report'), { date: null });
    expect(cleared.json().dates.map((d: { stepCode: string }) => d.stepCode)).toEqual(['network-meeting']);
    deadlines = await coordinator.get('/api/programme/deadlines?year=2027&funding=norad');
    expect(steps(deadlines).find((s) => s[1] === 'annual-report')).toEqual(['norad', 'annual-report', '2028-04-15', 'rule']);
    const actions = (await auditEntriesOf(t.db, 'norad:2027:annual-report')).map((e) => e.action);
    expect(actions).toEqual(['cycle.date_set', 'cycle.date_cleared']);
  });

  it('refuses an unknown step or source, a date that does not exist, a report before the year ends, a year out of range', async () => {
    const cases: [string, unknown, number, string, string][] = [
      [url(2027, 'norad', 'coffee-break'), { date: '2027-05-01' }, 422, 'CYCLE_STEP_UNKNOWN', 'stepCode'],
      [url(2027, 'sida', 'network-meeting'), { date: '2027-05-01' }, 422, 'CYCLE_STEP_UNKNOWN', 'stepCode'],
      [url(2027, 'norad', 'network-meeting'), { date: '2027-02-30' }, 422, 'CYCLE_STEP_DATE_INVALID', 'date'],
      [url(2027, 'norad', 'network-meeting'), { date: 'next spring' }, 422, 'CYCLE_STEP_DATE_INVALID', 'date'],
      [url(2027, 'mfa', 'annual-report'), { date: '2027-12-31' }, 422, 'CYCLE_REPORT_BEFORE_YEAR_END', 'date'],
      [url(1999, 'norad', 'network-meeting'), { date: '1999-05-01' }, 422, 'VALIDATION_FAILED', 'params.year'],
      [url(2027, 'norad', 'network-meeting'), { date: 20270501 }, 422, 'VALIDATION_FAILED', 'date'],
    ];
    for (const [path, payload, status, code, field] of cases) {
      const res = await officer.put(path, payload);
      expect([res.statusCode, res.json().code, res.json().errors[0]?.field], path).toEqual([status, code, field]);
    }
    expect((await coordinator.get('/api/programme/cycle-dates?year=2027')).json().dates).toHaveLength(1);
  });

  it('is refused to everyone outside the programme office', async () => {
    for (const spec of [{}, { globalRole: 'donor_viewer' as const }]) {
      const client = await signInAs(t, spec);
      expect((await client.put(url(2027, 'norad', 'network-meeting'), { date: '2027-06-04' })).statusCode).toBe(403);
    }
  });
});
