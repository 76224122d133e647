import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIC_2013_CYCLE, type ProgrammeCycle } from '@mic/domain';
import { anonymous, createTestApp, type TestContext } from '../helpers/app';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The default cycle (MIC 2013) with `change` applied to a copy, as a PUT body on `version`. */
function body(version: number, change: (c: ProgrammeCycle) => void = () => {}) {
  const copy: ProgrammeCycle = structuredClone(MIC_2013_CYCLE);
  change(copy);
  return { ...copy, version };
}

describe('the cycle configuration', () => {
  it('is read by everyone signed in: Appendix 1 with reminders 30, 7 and 1 days before', async () => {
    const coordinator = await signInAs(t, {});
    const res = await coordinator.get('/api/programme/cycle');
    expect(res.statusCode).toBe(200);
    const cycle = res.json();
    expect(cycle).toMatchObject({ reminderDays: [30, 7, 1], version: 1 });
    expect(cycle.cycles.map((c: { fundingSource: string }) => c.fundingSource)).toEqual(['norad', 'mfa']);
    expect(cycle.cycles[0].steps.find((s: { code: string }) => s.code === 'annual-report')).toMatchObject({ day: 15, month: 4, yearOffset: 1 });
    expect(cycle.cycles[1].programmeApplicationYears).toEqual([2024, 2027, 2030]);
  });

  it('is changed by a programme officer on its version, audit-logged; a stale version is a conflict', async () => {
    const officer = await signInAs(t, { globalRole: 'programme_officer', name: 'Olga Officer' });
    const res = await officer.put(
      '/api/programme/cycle',
      body(1, (c) => {
        c.reminderDays = [3, 14];
        c.cycles[1]!.programmeApplicationYears = [2033, 2030];
        c.cycles[0]!.steps[4]!.day = 20;
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ reminderDays: [14, 3], version: 2 });
    expect(res.json().cycles[1].programmeApplicationYears).toEqual([2030, 2033]);
    expect((await officer.get('/api/programme/deadlines?year=2026&funding=norad')).json().deadlines.find((d: { stepCode: string }) => d.stepCode === 'annual-report').date).toBe('2027-04-20');

    const stale = await officer.put('/api/programme/cycle', body(1));
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'CONFLICT']);

    const entries = (await auditEntriesOf(t.db, t.programmeId)).filter((e) => e.action === 'cycle.updated');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorName: 'Olga Officer',
      entityType: 'programme_cycle',
      before: expect.objectContaining({ reminderDays: [30, 7, 1], version: 1 }),
      after: expect.objectContaining({ reminderDays: [14, 3], version: 2 }),
    });
  });

  it('is not changed by a coordinator or a donor viewer (403, whatever the body)', async () => {
    for (const spec of [{}, { globalRole: 'donor_viewer' as const }]) {
      const client = await signInAs(t, spec);
      const res = await client.put('/api/programme/cycle', { nonsense: true });
      expect([res.statusCode, res.json().code]).toEqual([403, 'FORBIDDEN']);
    }
  });

  it('refuses each kind of mistake with its own code and field, and keeps the cycle as it was', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const version = (await admin.get('/api/programme/cycle')).json().version;
    const cases: [(c: ProgrammeCycle) => void, string, string][] = [
      [(c) => (c.reminderDays = [7, 7]), 'REMINDER_DAYS_INVALID', 'reminderDays'],
      [(c) => (c.reminderDays = [400]), 'REMINDER_DAYS_INVALID', 'reminderDays'],
      [(c) => (c.cycles[1]!.fundingSource = 'sida'), 'FUNDING_SOURCE_UNKNOWN', 'cycles.1.fundingSource'],
      [(c) => (c.cycles[0]!.steps[1]!.code = 'Not a code'), 'CYCLE_STEP_INVALID', 'cycles.0.steps.1.code'],
      [(c) => (c.cycles[0]!.steps[1]!.code = 'annual-application'), 'CYCLE_STEP_INVALID', 'cycles.0.steps.1.code'],
      [(c) => (c.cycles[0]!.steps[0]!.yearOffset = -3), 'CYCLE_STEP_INVALID', 'cycles.0.steps.0.yearOffset'],
      [(c) => (c.cycles[1]!.programmeApplicationYears = [1999]), 'CYCLE_STEP_INVALID', 'cycles.1.programmeApplicationYears'],
      [(c) => Object.assign(c.cycles[0]!.steps[2]!, { day: 30, month: 2 }), 'CYCLE_STEP_DATE_INVALID', 'cycles.0.steps.2.day'],
      [(c) => Object.assign(c.cycles[0]!.steps[2]!, { day: 29, month: 2 }), 'CYCLE_STEP_DATE_INVALID', 'cycles.0.steps.2.day'],
      [(c) => Object.assign(c.cycles[0]!.steps[2]!, { day: null, month: 3 }), 'CYCLE_STEP_DATE_INVALID', 'cycles.0.steps.2.day'],
      [(c) => (c.cycles[1]!.steps[3]!.yearOffset = 0), 'CYCLE_REPORT_BEFORE_YEAR_END', 'cycles.1.steps.3.yearOffset'],
      [(c) => (c.cycles[0]!.steps[0]!.name = { en: '  ', nb: '' }), 'STATEMENT_REQUIRED', 'cycles.0.steps.0.name'],
      [(c) => (c.cycles[0]!.steps[0]!.day = 32), 'VALIDATION_FAILED', 'cycles.0.steps.0.day'],
      [(c) => Object.assign(c.cycles[0]!.steps[0]!, { colour: 'red' }), 'VALIDATION_FAILED', 'cycles.0.steps.0'],
    ];
    for (const [change, code, field] of cases) {
      const res = await admin.put('/api/programme/cycle', body(version, change));
      expect([res.statusCode, res.json().code, res.json().errors[0]?.field], change.toString()).toEqual([422, code, field]);
    }
    const report = await admin.withLanguage('nb').put('/api/programme/cycle', body(version, (c) => (c.cycles[1]!.steps[3]!.yearOffset = 0)));
    expect(report.json().detail).not.toBe(report.json().code);
    expect((await admin.get('/api/programme/cycle')).json().version).toBe(version);
  });

  it('keeps only the languages a step name is given in', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const version = (await admin.get('/api/programme/cycle')).json().version;
    const res = await admin.put('/api/programme/cycle', body(version, (c) => (c.cycles[0]!.steps[5]!.name = { en: 'Network meeting in Oslo', nb: ' ', es: '' })));
    expect(res.statusCode).toBe(200);
    expect(res.json().cycles[0].steps[5].name).toEqual({ en: 'Network meeting in Oslo' });
  });

  it('is described in the OpenAPI document, with the other routes of the cycle', async () => {
    const paths = Object.keys((await anonymous(t.app).get('/api/openapi.json')).json().paths);
    for (const path of [
      '/api/programme/cycle',
      '/api/programme/cycle-dates',
      '/api/programme/cycle-dates/{year}/{fundingSource}/{stepCode}',
      '/api/programme/deadlines',
      '/api/partnerships/{id}/deadlines',
      '/api/partnerships/{id}/deadlines/{year}/{stepCode}/met',
      '/api/partnerships/{id}/deadlines.ics',
      '/api/me/due',
      '/api/me/calendar-feed',
      '/api/calendar/{file}',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
