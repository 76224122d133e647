import { expect } from 'vitest';
import { type Route, OFFICE_ONLY, PARTNERSHIP_OFFICE, PARTNERSHIP_READERS, PROGRAMME_READERS, clients, freshPartnership } from './role-matrix.support';

/** Events (issue 5): the programme office keeps them; the invited partnerships' members see and register. */

/** A new event ("to be announced", so always open) inviting a fresh partnership where each member role has its user. */
async function freshEvent() {
  const p = await freshPartnership();
  const res = await clients.admin.post('/api/events', eventBody([p.id]));
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; version: number };
}

function eventBody(invitedPartnershipIds: string[]) {
  return { type: 'network_meeting', title: { en: 'Matrix meeting' }, description: {}, date: null, endDate: null, startTime: null, place: 'Antigua Guatemala', onlineUrl: null, materials: [], status: 'planned', invitedPartnershipIds };
}

/** Members of an invited partnership and the programme office; the donor viewer sees but may not. */
const REGISTRANTS = { anonymous: 'unauth', outsider: 'hidden', donor_viewer: 'denied', rest: 'ok' } as const;

export const eventRoutes: Route[] = [
  { name: 'GET /api/events', call: (c) => c.get('/api/events?upcoming=true&pageSize=5'), expect: PROGRAMME_READERS },
  { name: 'POST /api/events', call: (c) => c.post('/api/events', eventBody([])), expect: OFFICE_ONLY },
  { name: 'GET /api/events/:id', call: async (c) => c.get(`/api/events/${(await freshEvent()).id}`), expect: PARTNERSHIP_READERS },
  {
    name: 'PUT /api/events/:id',
    call: async (c) => {
      const event = await freshEvent();
      return c.put(`/api/events/${event.id}`, { ...eventBody([]), place: 'Panajachel', version: event.version });
    },
    expect: OFFICE_ONLY,
  },
  { name: 'DELETE /api/events/:id', call: async (c) => c.delete(`/api/events/${(await freshEvent()).id}`), expect: OFFICE_ONLY },
  { name: 'POST /api/events/:id/registration', call: async (c) => c.post(`/api/events/${(await freshEvent()).id}/registration`, { note: 'Matrix' }), expect: REGISTRANTS },
  {
    name: 'DELETE /api/events/:id/registration',
    call: async (c) => {
      const { id } = await freshEvent();
      await c.post(`/api/events/${id}/registration`, {});
      return c.delete(`/api/events/${id}/registration`);
    },
    expect: REGISTRANTS,
  },
  { name: 'GET /api/events/:id/participants', call: async (c) => c.get(`/api/events/${(await freshEvent()).id}/participants`), expect: PARTNERSHIP_OFFICE },
  { name: 'GET /api/events/:id/participants.xlsx', call: async (c) => c.get(`/api/events/${(await freshEvent()).id}/participants.xlsx`), expect: PARTNERSHIP_OFFICE },
];
