import type { Route } from './role-matrix.support';

/** Open data (issue 9): every file is public, the anonymous visitor included. */
export const openDataRoutes: Route[] = ['partnerships', 'budgets', 'results'].flatMap((file) =>
  ['csv', 'json'].map((ext) => ({ name: `GET /api/public/data/${file}.${ext}`, call: (c) => c.get(`/api/public/data/${file}.${ext}?year=2025`), expect: { rest: 'ok' } }) satisfies Route),
);
