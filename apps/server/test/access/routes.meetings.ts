import { expect } from 'vitest';
import { type Route, PARTNERSHIP_EDITORS, PARTNERSHIP_OFFICE, PARTNERSHIP_READERS, clients, freshPartnership } from './role-matrix.support';

/** Annual meetings (issue 6): the coordinators and the programme office record them, everyone who sees the partnership reads them. */

const body = (over: Record<string, unknown> = {}) => ({
  meetingDate: '2025-11-20',
  place: 'Stord',
  participants: [{ name: 'Kari Nordmann', organisation: 'Stord kommune' }],
  progressReviewed: 'The work plan is on track.',
  decisions: [{ kind: 'approve_work_plan', text: 'Approved.' }],
  minutesDocumentId: null,
  ...over,
});

/** A fresh partnership with one meeting recorded by the admin. */
async function freshMeeting() {
  const p = await freshPartnership();
  const res = await clients.admin.post(`/api/partnerships/${p.id}/meetings`, body());
  expect(res.statusCode).toBe(201);
  return `/api/partnerships/${p.id}/meetings/${res.json().id as string}`;
}

export const meetingRoutes: Route[] = [
  { name: 'GET /api/partnerships/:id/meetings', call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}/meetings`), expect: PARTNERSHIP_READERS },
  { name: 'POST /api/partnerships/:id/meetings', call: async (c) => c.post(`/api/partnerships/${(await freshPartnership()).id}/meetings`, body()), expect: PARTNERSHIP_EDITORS },
  { name: 'GET /api/partnerships/:id/meetings/:meetingId', call: async (c) => c.get(await freshMeeting()), expect: PARTNERSHIP_READERS },
  { name: 'PUT /api/partnerships/:id/meetings/:meetingId', call: async (c) => c.put(await freshMeeting(), body({ version: 1 })), expect: PARTNERSHIP_EDITORS },
  { name: 'DELETE /api/partnerships/:id/meetings/:meetingId', call: async (c) => c.delete(await freshMeeting()), expect: PARTNERSHIP_OFFICE },
];
