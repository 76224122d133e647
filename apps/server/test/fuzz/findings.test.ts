import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { approvedApplication } from '../agreements/helpers';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, signInAs } from '../helpers/sign-in-as';

/**
 * What the write-route fuzzing found (issue 11), each replayed as a plain request so that it stays
 * fixed whatever the fuzzer's seed reaches: each was a server error and is now a refusal.
 */

let t: TestContext;
let office: Client;
let coordinator: Client;
let partnershipId: string;
let municipalityId: string;

beforeAll(async () => {
  t = await createTestApp();
  const p = await buildPartnership(t.db, { status: 'active', startYear: 2025, endYear: 2027 });
  await approvedApplication(t.db, p.id, [2025, 2026, 2027]);
  partnershipId = p.id;
  municipalityId = p.partner.id;
  office = await signInAs(t, { globalRole: 'programme_officer' });
  coordinator = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
});
afterAll(() => t.close());

async function expectRefused(res: { statusCode: number; headers: Record<string, unknown>; json(): { code: string; errors: { field?: string }[] } }, status: number, code: string, field?: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(res.json().code).toBe(code);
  if (field) expect(res.json().errors.map((e) => e.field)).toContain(field);
}

describe('text the database cannot store', () => {
  test('a NUL character in a name is refused with its field, and nothing is written', async () => {
    const before = await auditCount(t.db);
    const res = await office.put(`/api/municipalities/${municipalityId}`, { name: 'San\u0000 Juan', country: 'GT', orgNumber: null });
    await expectRefused(res, 422, 'VALIDATION_FAILED', 'name');
    expect(await auditCount(t.db)).toBe(before);
  });

  test('a lone surrogate is refused rather than stored as a replacement character', async () => {
    const res = await coordinator.post(`/api/partnerships/${partnershipId}/comments`, { entityType: 'partnership', entityId: partnershipId, body: 'broken \uD800 text' });
    await expectRefused(res, 422, 'VALIDATION_FAILED', 'body');
  });

  test('a NUL in a query parameter (an upload\'s file name) is refused', async () => {
    const res = await coordinator.request({ method: 'POST', url: `/api/partnerships/${partnershipId}/documents?fileName=plan%00.pdf`, payload: Buffer.from('%PDF-1.4\n%%EOF\n'), headers: { 'content-type': 'application/pdf' } });
    await expectRefused(res, 422, 'VALIDATION_FAILED', 'querystring.fileName');
  });
});

describe('dates that match the pattern but name no day', () => {
  test('an amendment approved on month 27 is refused', async () => {
    const res = await office.post(`/api/partnerships/${partnershipId}/agreement/amendments`, { what: 'Budget moved', why: 'Annual meeting', effectiveOn: '2026-01-01', approvedBy: 'Annual meeting', approvedOn: '9552-27-28' });
    await expectRefused(res, 422, 'VALIDATION_FAILED', 'approvedOn');
  });

  test('a risk identified in year 0000 (which PostgreSQL has no room for) is refused', async () => {
    const res = await coordinator.post(`/api/partnerships/${partnershipId}/risks`, {
      description: 'Floods',
      category: 'natural_hazard',
      origin: 'external',
      owner: 'Coordinator',
      identifiedOn: '0000-01-01',
      probability: 2,
      consequence: 2,
    });
    await expectRefused(res, 422, 'VALIDATION_FAILED', 'identifiedOn');
  });
});

test('a path segment longer than any id is "not found" as a problem, not the framework\'s own error', async () => {
  const res = await office.put(`/api/municipalities/${'x'.repeat(5_000)}`, { name: 'X', country: 'GT', orgNumber: null });
  await expectRefused(res, 404, 'NOT_FOUND');
});
