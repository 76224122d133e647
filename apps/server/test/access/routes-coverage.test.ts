import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { allRoutes, describeRoute, routeOfName, type DocumentedRoute } from './routes.all';

/**
 * The role matrix covers the whole API: every route of the OpenAPI document has at least one row
 * in the matrix, and every row names a route that exists. A new route without its row fails here.
 * Out of scope, being hidden from the document: GET /healthz and GET /api/openapi.json (both open to
 * anyone and read-only), and the web app's static files.
 */
let t: TestContext;
let documented: DocumentedRoute[];
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  const paths = res.json().paths as Record<string, Record<string, unknown>>;
  documented = Object.entries(paths).flatMap(([path, ops]) =>
    ['get', 'post', 'put', 'patch', 'delete'].filter((m) => m in ops).map((m) => ({ method: m.toUpperCase(), path })),
  );
});
afterAll(() => t.close());

describe('the role matrix covers the OpenAPI document', () => {
  it('reads a document of many routes', () => {
    expect(documented.length).toBeGreaterThan(100);
  });

  it('has a row for every documented route', () => {
    const covered = new Set(allRoutes.map((r) => routeOfName(r.name, documented)));
    const missing = documented.filter((route) => !covered.has(route)).map(describeRoute);
    expect(missing, 'routes of the OpenAPI document missing from the role matrix').toEqual([]);
  });

  it('has no row that names a route the document does not have', () => {
    const unknown = allRoutes.filter((r) => routeOfName(r.name, documented) === null).map((r) => r.name);
    expect(unknown, 'role matrix rows naming no documented route').toEqual([]);
  });

  it('gives every row its own name', () => {
    const names = allRoutes.map((r) => r.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
