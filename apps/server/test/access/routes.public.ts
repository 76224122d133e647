import { buildPartnership } from '../helpers/partnership-factory';
import { insertDocument } from '../public/helpers';
import { type Route, t } from './role-matrix.support';

/** The public read API (issue 9): everyone, signed in or not, gets the same public answer. */

const EVERYONE = { rest: 'ok' } as const;
const NOBODY = { rest: 'hidden' } as const;

async function fresh(status: 'active' | 'draft') {
  return buildPartnership(t.db, { status });
}

export const publicRoutes: Route[] = [
  { name: 'GET /api/public/programme', call: (c) => c.get('/api/public/programme'), expect: EVERYONE },
  { name: 'GET /api/public/partnerships', call: (c) => c.get('/api/public/partnerships?page=1&pageSize=5'), expect: EVERYONE },
  { name: 'GET /api/public/partnerships/:id (active)', call: async (c) => c.get(`/api/public/partnerships/${(await fresh('active')).id}`), expect: EVERYONE },
  { name: 'GET /api/public/partnerships/:id (draft)', call: async (c) => c.get(`/api/public/partnerships/${(await fresh('draft')).id}`), expect: NOBODY },
  {
    name: 'GET /api/public/documents/:id (published)',
    call: async (c) => c.get(`/api/public/documents/${(await insertDocument(t.db, (await fresh('active')).id, { published: true })).id}`),
    expect: EVERYONE,
  },
  {
    name: 'GET /api/public/documents/:id (not published)',
    call: async (c) => c.get(`/api/public/documents/${(await insertDocument(t.db, (await fresh('active')).id)).id}`),
    expect: NOBODY,
  },
  {
    name: 'GET /api/public/documents/:id (published, draft partnership)',
    call: async (c) => c.get(`/api/public/documents/${(await insertDocument(t.db, (await fresh('draft')).id, { published: true })).id}`),
    expect: NOBODY,
  },
];
