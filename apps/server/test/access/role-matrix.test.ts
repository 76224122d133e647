import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, ROLES, setUp, tearDown, type Outcome, type Route } from './role-matrix.support';
import { allRoutes } from './routes.all';

/**
 * Every role against every route: who gets through (2xx), who is refused (403), who is told the
 * thing does not exist (404: anything of a partnership they are not part of) and who must sign in
 * (401). Each cell runs against fresh data, so one cell's change cannot decide another's answer.
 * Each area lists its routes in its own `routes.<area>.ts`; routes-coverage.test.ts proves none is missing.
 */
const routes: Route[] = allRoutes;

beforeAll(setUp);
afterAll(tearDown);

function outcomeOf(status: number): Outcome | `unexpected ${number}` {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 401) return 'unauth';
  if (status === 403) return 'denied';
  if (status === 404) return 'hidden';
  return `unexpected ${status}`;
}

describe('the role matrix', () => {
  for (const route of routes) {
    it(route.name, async () => {
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const role of ROLES) {
        const res = await route.call(clients[role]);
        got[role] = outcomeOf(res.statusCode);
        want[role] = route.expect[role] ?? route.expect.rest;
        if (got[role] !== 'ok' && got[role] !== want[role]) got[role] += ` (${res.body.slice(0, 120)})`;
      }
      expect(got).toEqual(want);
    });
  }
});
