import { type Outcome, type Route, freshPartnership, t } from './role-matrix.support';
import { insertReport, insertVersion } from '../reports-overview/helpers';

/** The programme's reports overview and a report's submitted versions (issue 8). */

/** A fresh partnership's 2025 report in `status`, with its first submitted version. */
async function freshVersions(status: 'submitted' | 'accepted') {
  const p = await freshPartnership('applied');
  const report = await insertReport(t.db, { partnershipId: p.id, year: 2025, status, submissionCount: 1 });
  await insertVersion(t.db, report.id, 1, 'Submitted text.', new Date('2026-04-10T10:00:00Z'));
  return `/api/reports/${report.id}/versions`;
}

const PROGRAMME_WIDE = { anonymous: 'unauth', admin: 'ok', programme_officer: 'ok', donor_viewer: 'ok', rest: 'denied' } as const;
/** Members and the office; the donors' viewers only once the report is accepted. */
const REPORT_READERS = (donor: Outcome) => ({ anonymous: 'unauth', outsider: 'hidden', donor_viewer: donor, rest: 'ok' }) as const;

export const reportsOverviewRoutes: Route[] = [
  { name: 'GET /api/programme/reports', call: (c) => c.get('/api/programme/reports?year=2025'), expect: PROGRAMME_WIDE },
  { name: 'GET /api/reports/:id/versions (submitted)', call: async (c) => c.get(await freshVersions('submitted')), expect: REPORT_READERS('hidden') },
  { name: 'GET /api/reports/:id/versions (accepted)', call: async (c) => c.get(await freshVersions('accepted')), expect: REPORT_READERS('ok') },
  { name: 'GET /api/reports/:id/versions/:number (submitted)', call: async (c) => c.get(`${await freshVersions('submitted')}/1`), expect: REPORT_READERS('hidden') },
  { name: 'GET /api/reports/:id/versions/:number (accepted)', call: async (c) => c.get(`${await freshVersions('accepted')}/1`), expect: REPORT_READERS('ok') },
];
