import { type Route, OFFICE_ONLY, PARTNERSHIP_OFFICE, PARTNERSHIP_READERS, PROGRAMME_READERS, clients, freshPartnership, t } from './role-matrix.support';
import { anonymous } from '../helpers/app';

/** The routes of issue 5's cycle: configuration, dates, deadlines, the due panel and calendars. */
export const cycleRoutes: Route[] = [
  { name: 'GET /api/programme/cycle', call: (c) => c.get('/api/programme/cycle'), expect: PROGRAMME_READERS },
  {
    name: 'PUT /api/programme/cycle',
    call: async (c) => {
      const { updatedAt: _updatedAt, ...current } = (await clients.admin.get('/api/programme/cycle')).json();
      return c.put('/api/programme/cycle', current);
    },
    expect: OFFICE_ONLY,
  },
  { name: 'GET /api/programme/cycle-dates', call: (c) => c.get('/api/programme/cycle-dates?year=2027'), expect: PROGRAMME_READERS },
  {
    name: 'PUT /api/programme/cycle-dates/:year/:fundingSource/:stepCode',
    call: (c) => c.put('/api/programme/cycle-dates/2027/mfa/network-meeting', { date: '2027-05-20' }),
    expect: OFFICE_ONLY,
  },
  { name: 'GET /api/programme/deadlines', call: (c) => c.get('/api/programme/deadlines?year=2027&funding=norad'), expect: PROGRAMME_READERS },
  {
    name: 'GET /api/partnerships/:id/deadlines',
    call: async (c) => c.get(`/api/partnerships/${(await freshPartnership('applied')).id}/deadlines?year=2026`),
    expect: PARTNERSHIP_READERS,
  },
  {
    name: 'PUT /api/partnerships/:id/deadlines/:year/:stepCode/met',
    call: async (c) => c.put(`/api/partnerships/${(await freshPartnership('applied')).id}/deadlines/2026/annual-report/met`, { met: true, note: null }),
    expect: PARTNERSHIP_OFFICE,
  },
  {
    name: 'GET /api/partnerships/:id/deadlines.ics',
    call: async (c) => c.get(`/api/partnerships/${(await freshPartnership('applied')).id}/deadlines.ics`),
    expect: PARTNERSHIP_READERS,
  },
  { name: 'GET /api/me/due', call: (c) => c.get('/api/me/due'), expect: PROGRAMME_READERS },
  { name: 'GET /api/me/calendar-feed', call: (c) => c.get('/api/me/calendar-feed'), expect: PROGRAMME_READERS },
  { name: 'POST /api/me/calendar-feed', call: (c) => c.post('/api/me/calendar-feed'), expect: PROGRAMME_READERS },
  { name: 'DELETE /api/me/calendar-feed', call: (c) => c.delete('/api/me/calendar-feed'), expect: PROGRAMME_READERS },
  {
    // The feed itself needs no session: whoever holds the URL of a signed-in user's feed reads it.
    name: 'GET /api/calendar/:token.ics',
    call: async (c) => {
      const created = await c.post('/api/me/calendar-feed');
      return created.statusCode === 201 ? anonymous(t.app).get(new URL(created.json().url).pathname) : created;
    },
    expect: PROGRAMME_READERS,
  },
];
