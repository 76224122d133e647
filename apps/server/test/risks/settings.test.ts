import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RISK_SETTINGS } from '@mic/domain';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { addRisk } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const body = (over: Record<string, unknown> = {}) => ({
  probabilityLabels: DEFAULT_RISK_SETTINGS.probabilityLabels,
  consequenceLabels: DEFAULT_RISK_SETTINGS.consequenceLabels,
  thresholds: DEFAULT_RISK_SETTINGS.thresholds,
  reviewIntervalMonths: 12,
  ...over,
});

describe('the programme’s risk settings', () => {
  it('answers the defaults until changed: labels in three languages, bands 1–4, 5–9, 10–25, twelve months', async () => {
    const viewer = await signInAs(t, {});
    const res = await viewer.get('/api/programme/risk-settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      thresholds: { mediumFrom: 5, highFrom: 10 },
      bands: [
        { band: 'low', from: 1, to: 4 },
        { band: 'medium', from: 5, to: 9 },
        { band: 'high', from: 10, to: 25 },
      ],
      reviewIntervalMonths: 12,
      version: 1,
    });
    expect(res.json().probabilityLabels[4].label).toEqual({ en: 'Very likely', nb: 'Svært sannsynlig', es: 'Muy probable' });
  });

  it('lets an administrator change them on the version, audit-logged, and the register follows', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const p = await buildPartnership(t.db);
    const coordinator = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const risk = await addRisk(coordinator, p.id, { probability: 2, consequence: 4 });
    expect(risk.current.band).toBe('medium');

    const labels = DEFAULT_RISK_SETTINGS.probabilityLabels.map((l) => ({ ...l, label: { ...l.label, en: `${l.label.en}!` } })).reverse();
    const res = await admin.put('/api/programme/risk-settings', body({ probabilityLabels: labels, thresholds: { mediumFrom: 4, highFrom: 8 }, reviewIntervalMonths: 6, version: 1 }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ thresholds: { mediumFrom: 4, highFrom: 8 }, reviewIntervalMonths: 6, version: 2 });
    expect(res.json().probabilityLabels.map((l: { value: number }) => l.value)).toEqual([1, 2, 3, 4, 5]);
    expect((await coordinator.get(`/api/partnerships/${p.id}/risks/${risk.id}`)).json().current.band).toBe('high');

    const stale = await admin.put('/api/programme/risk-settings', body({ version: 1 }));
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'CONFLICT']);
    const [entry] = (await auditEntriesOf(t.db, t.programmeId)).filter((e) => e.action === 'risk_settings.updated');
    expect(entry).toMatchObject({ entityType: 'risk_settings', before: expect.objectContaining({ reviewIntervalMonths: 12 }), after: expect.objectContaining({ reviewIntervalMonths: 6 }) });
    expect((await admin.put('/api/programme/risk-settings', body({ version: 2 }))).json().version).toBe(3);
  });

  it('refuses bands with a gap, overlap or empty band, and scales without five labels in three languages', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const version = (await admin.get('/api/programme/risk-settings')).json().version;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ thresholds: { mediumFrom: 10, highFrom: 5 } }, 'RISK_BANDS_INVALID', 'thresholds'],
      [{ thresholds: { mediumFrom: 1, highFrom: 5 } }, 'RISK_BANDS_INVALID', 'thresholds'],
      [{ thresholds: { mediumFrom: 5, highFrom: 26 } }, 'RISK_BANDS_INVALID', 'thresholds'],
      [{ consequenceLabels: DEFAULT_RISK_SETTINGS.consequenceLabels.slice(1) }, 'RISK_SCALE_INVALID', 'consequenceLabels'],
      [{ probabilityLabels: DEFAULT_RISK_SETTINGS.probabilityLabels.map((l) => ({ value: l.value, label: { en: l.label.en } })) }, 'RISK_SCALE_INVALID', 'probabilityLabels'],
      [{ reviewIntervalMonths: 0 }, 'VALIDATION_FAILED', 'reviewIntervalMonths'],
    ];
    for (const [over, code, field] of cases) {
      const res = await admin.put('/api/programme/risk-settings', body({ ...over, version }));
      expect([res.statusCode, res.json().code, res.json().errors[0].field], JSON.stringify(over)).toEqual([422, code, field]);
    }
    expect((await admin.get('/api/programme/risk-settings')).json().version).toBe(version);
  });
});
