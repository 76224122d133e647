import { emptyReportContent, type ReportStatus } from '@mic/domain';
import { annualReports } from '../../src/db/schema';
import { type Route, PARTNERSHIP_EDITORS, PARTNERSHIP_READERS, freshPartnership, t } from './role-matrix.support';

/**
 * Annual reports (issue 8): the coordinators write, confirm and submit; the programme office reviews and
 * may edit; auditors and viewers read; the donors' viewers see accepted reports only (a draft or a
 * submitted one is hidden from them like another partnership's).
 */

/** A fresh partnership's 2025 report in `status`, written straight to the database. */
async function freshReport(status: ReportStatus = 'draft') {
  const p = await freshPartnership();
  const [row] = await t.db
    .insert(annualReports)
    .values({ partnershipId: p.id, year: 2025, status, content: emptyReportContent([], []), submissionCount: status === 'draft' ? 0 : 1 })
    .returning();
  return `/api/reports/${row!.id}`;
}

const HIDDEN = { anonymous: 'unauth', outsider: 'hidden', donor_viewer: 'hidden' } as const;
const READERS = { ...HIDDEN, rest: 'ok' } as const;
const WRITERS = { ...HIDDEN, admin: 'ok', programme_officer: 'ok', home_coordinator: 'ok', partner_coordinator: 'ok', rest: 'denied' } as const;
const COORDINATORS = { ...HIDDEN, home_coordinator: 'ok', partner_coordinator: 'ok', rest: 'denied' } as const;
const OFFICE = { ...HIDDEN, admin: 'ok', programme_officer: 'ok', rest: 'denied' } as const;
const content = emptyReportContent([], []);
const comments = [{ section: 'lessons', comment: 'Say more about the lessons' }];

export const reportRoutes: Route[] = [
  { name: 'GET /api/partnerships/:id/reports', call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}/reports`), expect: PARTNERSHIP_READERS },
  { name: 'POST /api/partnerships/:id/reports', call: async (c) => c.post(`/api/partnerships/${(await freshPartnership()).id}/reports`, { year: 2025 }), expect: PARTNERSHIP_EDITORS },
  { name: 'GET /api/reports/:id (draft)', call: async (c) => c.get(await freshReport()), expect: READERS },
  { name: 'GET /api/reports/:id (accepted)', call: async (c) => c.get(await freshReport('accepted')), expect: PARTNERSHIP_READERS },
  { name: 'PUT /api/reports/:id/content', call: async (c) => c.put(`${await freshReport()}/content`, { version: 1, content }), expect: WRITERS },
  { name: 'POST /api/reports/:id/confirm', call: async (c) => c.post(`${await freshReport()}/confirm`), expect: COORDINATORS },
  { name: 'POST /api/reports/:id/actions/return', call: async (c) => c.post(`${await freshReport('submitted')}/actions/return`, { version: 1, comments }), expect: OFFICE },
  { name: 'POST /api/reports/:id/actions/accept', call: async (c) => c.post(`${await freshReport('submitted')}/actions/accept`, { version: 1 }), expect: OFFICE },
  { name: 'PUT /api/reports/:id/audit-required', call: async (c) => c.put(`${await freshReport()}/audit-required`, { required: true }), expect: OFFICE },
];
