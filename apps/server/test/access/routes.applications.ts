import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { applications } from '../../src/db/schema';
import { completeContent, completeSurroundings } from '../applications/helpers';
import { type Route, PARTNERSHIP_EDITORS, PARTNERSHIP_OFFICE, PARTNERSHIP_READERS, clients, freshPartnership, t } from './role-matrix.support';

/** Applications (issue 6): the coordinators write and submit, the programme office appraises, everyone who sees the partnership reads. */

const COORDINATORS = { anonymous: 'unauth', outsider: 'hidden', home_coordinator: 'ok', partner_coordinator: 'ok', rest: 'denied' } as const;
const WHOLE_PROGRAMME = { anonymous: 'unauth', admin: 'ok', programme_officer: 'ok', donor_viewer: 'ok', rest: 'denied' } as const;
const YEARS = [2025, 2026, 2027];

/** A fresh partnership's first application (a draft), or one moved straight to `status` (complete and confirmed). */
async function freshApplication(status: 'draft' | 'ready' | 'submitted' = 'draft') {
  const p = await freshPartnership();
  const res = await clients.admin.post(`/api/partnerships/${p.id}/applications`, { year: 2025 });
  expect(res.statusCode).toBe(201);
  const id = res.json().id as string;
  if (status !== 'draft') {
    await completeSurroundings(t.db, p.id);
    const at = new Date();
    await t.db
      .update(applications)
      .set({ content: completeContent(YEARS), homeConfirmedAt: at, homeConfirmedByName: 'H', partnerConfirmedAt: at, partnerConfirmedByName: 'P', partnerLedPrioritisation: true, status: status === 'ready' ? 'draft' : 'submitted' })
      .where(eq(applications.id, id));
  }
  return { p, id, url: `/api/applications/${id}` };
}

export const applicationRoutes: Route[] = [
  { name: 'GET /api/partnerships/:id/applications', call: async (c) => c.get(`/api/partnerships/${(await freshApplication()).p.id}/applications`), expect: PARTNERSHIP_READERS },
  { name: 'POST /api/partnerships/:id/applications', call: async (c) => c.post(`/api/partnerships/${(await freshPartnership()).id}/applications`, { year: 2025 }), expect: PARTNERSHIP_EDITORS },
  { name: 'GET /api/applications', call: (c) => c.get('/api/applications?year=2025&pageSize=5'), expect: WHOLE_PROGRAMME },
  { name: 'GET /api/applications/:id', call: async (c) => c.get((await freshApplication()).url), expect: PARTNERSHIP_READERS },
  { name: 'PUT /api/applications/:id', call: async (c) => c.put((await freshApplication()).url, { content: completeContent(YEARS), version: 1 }), expect: COORDINATORS },
  { name: 'POST /api/applications/:id/confirm', call: async (c) => c.post(`${(await freshApplication()).url}/confirm`, { partnerLedPrioritisation: true, version: 1 }), expect: COORDINATORS },
  { name: 'POST /api/applications/:id/actions/submit', call: async (c) => c.post(`${(await freshApplication('ready')).url}/actions/submit`, { version: 1 }), expect: COORDINATORS },
  {
    name: 'POST /api/applications/:id/actions/start_appraisal',
    call: async (c) => c.post(`${(await freshApplication('submitted')).url}/actions/start_appraisal`, { version: 1 }),
    expect: PARTNERSHIP_OFFICE,
  },
  {
    name: 'PUT /api/applications/:id/appraisal',
    call: async (c) => c.put(`${(await freshApplication('submitted')).url}/appraisal`, { items: [], recommendation: null, internalNote: '', version: 1 }),
    expect: PARTNERSHIP_OFFICE,
  },
];
