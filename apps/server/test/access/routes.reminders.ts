import { type Route, ADMIN_ONLY } from './role-matrix.support';

/** The reminders' outbox (issue 5): administrators read every message the platform wrote. */
export const reminderRoutes: Route[] = [
  { name: 'GET /api/admin/outbox', call: (c) => c.get('/api/admin/outbox'), expect: ADMIN_ONLY },
  { name: 'GET /api/admin/outbox?status=held', call: (c) => c.get('/api/admin/outbox?status=held&page=2&pageSize=5'), expect: ADMIN_ONLY },
];
