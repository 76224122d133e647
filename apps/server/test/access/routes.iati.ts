import { DEFAULT_IATI_SETTINGS } from '@mic/domain';
import { buildPartnership } from '../helpers/partnership-factory';
import { type Route, OFFICE_ONLY, clients, freshPartnership, t } from './role-matrix.support';

/** IATI (issue 9): the export is anonymous and the same for everyone; settings and the check are the programme office's. */

const EVERYONE = { rest: 'ok' } as const;

async function currentSettings() {
  const res = await clients.admin.get('/api/programme/iati-settings');
  return { ...DEFAULT_IATI_SETTINGS, version: res.json().version as number };
}

export const iatiRoutes: Route[] = [
  { name: 'GET /api/iati/activities.xml', call: async (c) => c.get('/api/iati/activities.xml'), expect: EVERYONE },
  {
    name: 'GET /api/iati/activities/:id.xml',
    call: async (c) => c.get(`/api/iati/activities/${(await buildPartnership(t.db, { status: 'active' })).id}.xml`),
    expect: EVERYONE,
  },
  // A partnership that is not public is not there for anyone, its own members included.
  {
    name: 'GET /api/iati/activities/:id.xml (not public)',
    call: async (c) => c.get(`/api/iati/activities/${(await freshPartnership()).id}.xml`),
    expect: { rest: 'hidden' },
  },
  { name: 'GET /api/programme/iati-settings', call: async (c) => c.get('/api/programme/iati-settings'), expect: OFFICE_ONLY },
  { name: 'PUT /api/programme/iati-settings', call: async (c) => c.put('/api/programme/iati-settings', await currentSettings()), expect: OFFICE_ONLY },
  { name: 'GET /api/programme/iati-check', call: async (c) => c.get('/api/programme/iati-check'), expect: OFFICE_ONLY },
];
