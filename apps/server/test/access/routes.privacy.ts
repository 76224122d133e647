import { buildUser } from '../helpers/factories';
import { type Route, ADMIN_ONLY, PROGRAMME_READERS, t } from './role-matrix.support';

/** Personal data (issue 11): each person downloads their own; only an administrator anonymises or deletes a person. */
export const privacyRoutes: Route[] = [
  { name: 'GET /api/me/personal-data', call: (c) => c.get('/api/me/personal-data'), expect: PROGRAMME_READERS },
  { name: 'POST /api/users/:id/anonymise', call: async (c) => c.post(`/api/users/${(await buildUser(t.db)).id}/anonymise`, { reason: 'Asked to be forgotten' }), expect: ADMIN_ONLY },
  { name: 'DELETE /api/users/:id (a person without records)', call: async (c) => c.delete(`/api/users/${(await buildUser(t.db)).id}`), expect: ADMIN_ONLY },
];
