import type { Route } from './role-matrix.support';
import { authRoutes } from './routes.auth';
import { coreRoutes } from './routes.core';
import { reminderRoutes } from './routes.reminders';
import { eventRoutes } from './routes.events';
import { cycleRoutes } from './routes.cycle';
import { applicationRoutes } from './routes.applications';
import { agreementRoutes } from './routes.agreements';
import { meetingRoutes } from './routes.meetings';
import { budgetRoutes } from './routes.budget';
import { paymentRoutes } from './routes.payments';
import { auditRoutes } from './routes.audits';
import { consolidatedRoutes } from './routes.consolidated';
import { reportsOverviewRoutes } from './routes.reports-overview';
import { reportRoutes } from './routes.reports';
import { publicRoutes } from './routes.public';
import { iatiRoutes } from './routes.iati';
import { publicationRoutes } from './routes.publication';
import { openDataRoutes } from './routes.opendata';
import { privacyRoutes } from './routes.privacy';

/** Every route of the role matrix; each area lists its routes in its own `routes.<area>.ts`. */
export const allRoutes: Route[] = [
  ...authRoutes,
  ...coreRoutes,
  ...reminderRoutes,
  ...eventRoutes,
  ...cycleRoutes,
  ...applicationRoutes,
  ...agreementRoutes,
  ...meetingRoutes,
  ...budgetRoutes,
  ...paymentRoutes,
  ...consolidatedRoutes,
  ...reportsOverviewRoutes,
  ...reportRoutes,
  ...auditRoutes,
  ...publicRoutes,
  ...iatiRoutes,
  ...publicationRoutes,
  ...openDataRoutes,
  ...privacyRoutes,
];

export interface DocumentedRoute {
  method: string;
  /** The OpenAPI path, `{param}` for each parameter. */
  path: string;
}

/**
 * The documented route a matrix row exercises, as a router would choose it: the row's name starts
 * with the method and the path (`:param` or `{param}` placeholders, or a sample value like
 * `actions/submit`; a query string or a remark after the path is ignored), and among the documented
 * routes it fits, the one with the most literal segments wins.
 */
export function routeOfName(name: string, documented: DocumentedRoute[]): DocumentedRoute | null {
  const m = /^(GET|POST|PUT|PATCH|DELETE) (\/[^\s?]*)/.exec(name);
  if (!m) return null;
  const segments = m[2]!.split('/');
  let best: DocumentedRoute | null = null;
  let bestScore = -1;
  for (const route of documented) {
    if (route.method !== m[1]) continue;
    const parts = route.path.split('/');
    if (parts.length !== segments.length) continue;
    let score = 0;
    const fits = parts.every((part, i) => {
      const want = part.replace(/\{[^}]+\}/g, '{}');
      const given = segments[i]!.replace(/^:[A-Za-z_]\w*|\{[^}]+\}/g, '{}');
      if (want === given) {
        if (!want.includes('{}')) score++;
        return true;
      }
      // A sample value (`actions/submit`, `:token.ics`) in place of a parameter.
      if (!want.includes('{}')) return false;
      const pattern = want.split('{}').map((lit) => lit.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+');
      return new RegExp(`^${pattern}$`).test(given.replace('{}', 'x'));
    });
    if (fits && score > bestScore) [best, bestScore] = [route, score];
  }
  return best;
}

export const describeRoute = (r: DocumentedRoute) => `${r.method} ${r.path}`;
