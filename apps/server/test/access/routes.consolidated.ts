import type { Client } from '../helpers/app';
import { type Route, OFFICE_ONLY, clients } from './role-matrix.support';

/** The programme office, the administrator and the donors' viewers: the consolidated report, read. */
const PROGRAMME_REPORT_READERS = { anonymous: 'unauth', admin: 'ok', programme_officer: 'ok', donor_viewer: 'ok', rest: 'denied' } as const;

/** Writes on the version the administrator reads now, so only the role decides the outcome. */
async function putNarrative(c: Client) {
  const { version } = (await clients.admin.get('/api/programme/consolidated-report?funding=norad&year=2041')).json();
  return c.put('/api/programme/consolidated-report/norad/2041', { version, narrative: { summary: { en: 'Matrix' } } });
}

/** The routes of issue 8's consolidated programme report. */
export const consolidatedRoutes: Route[] = [
  { name: 'GET /api/programme/consolidated-report', call: (c) => c.get('/api/programme/consolidated-report?funding=norad&year=2025'), expect: PROGRAMME_REPORT_READERS },
  { name: 'PUT /api/programme/consolidated-report/:funding/:year', call: putNarrative, expect: OFFICE_ONLY },
  { name: 'GET /api/programme/consolidated-report/:funding/:year.docx', call: (c) => c.get('/api/programme/consolidated-report/norad/2025.docx'), expect: PROGRAMME_REPORT_READERS },
  { name: 'GET /api/programme/consolidated-report/:funding/:year.pdf', call: (c) => c.get('/api/programme/consolidated-report/norad/2025.pdf?lang=nb'), expect: PROGRAMME_REPORT_READERS },
  { name: 'GET /api/programme/consolidated-report/:funding/:year.xlsx', call: (c) => c.get('/api/programme/consolidated-report/norad/2025.xlsx'), expect: PROGRAMME_REPORT_READERS },
];
