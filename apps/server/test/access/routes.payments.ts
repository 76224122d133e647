import { grants } from '../../src/db/schema';
import { firmGrant } from '../payments/helpers';
import { type Client } from '../helpers/app';
import { type Route, OFFICE_ONLY, PARTNERSHIP_OFFICE, PARTNERSHIP_READERS, clients, freshPartnership, t } from './role-matrix.support';

/** The programme office, the administrator and the donors' viewers: the programme's money, read. */
const FUNDS_READERS = { anonymous: 'unauth', admin: 'ok', programme_officer: 'ok', donor_viewer: 'ok', rest: 'denied' } as const;

/** A fresh partnership with a firm 2025 grant and its instalments (as the office sees them). */
async function withInstalments() {
  const p = await freshPartnership('applied');
  await firmGrant(t, p, 2025, 100_000_00);
  const url = `/api/partnerships/${p.id}/instalments`;
  const list = (await clients.admin.get(url)).json().instalments as { id: string; version: number; amount: number }[];
  return { url, list };
}

let fundsAmount = 1_000_000_00;
async function putFunds(c: Client) {
  const source = (await clients.admin.get('/api/programme/funds?year=2040')).json().sources.find((s: { fundingSource: string }) => s.fundingSource === 'norad');
  return c.put('/api/programme/funds/2040/norad', { amount: (fundsAmount += 1), version: source.version });
}

/** The routes of issue 7's programme funds, grants and instalments. */
export const paymentRoutes: Route[] = [
  { name: 'GET /api/programme/funds', call: (c) => c.get('/api/programme/funds?year=2025'), expect: FUNDS_READERS },
  { name: 'GET /api/programme/funds.xlsx', call: (c) => c.get('/api/programme/funds.xlsx?year=2025'), expect: FUNDS_READERS },
  { name: 'PUT /api/programme/funds/:year/:funding', call: putFunds, expect: OFFICE_ONLY },
  { name: 'GET /api/programme/payments-plan', call: (c) => c.get('/api/programme/payments-plan?from=2025-01&months=12'), expect: FUNDS_READERS },
  { name: 'GET /api/programme/payments-plan.xlsx', call: (c) => c.get('/api/programme/payments-plan.xlsx?from=2025-01&months=12'), expect: FUNDS_READERS },
  { name: 'GET /api/partnerships/:id/instalments', call: async (c) => c.get((await withInstalments()).url), expect: PARTNERSHIP_READERS },
  {
    name: 'POST /api/partnerships/:id/instalments/:instalmentId/actions/:action',
    call: async (c) => {
      const { url, list } = await withInstalments();
      return c.post(`${url}/${list[0]!.id}/actions/withhold`, { version: list[0]!.version, reason: 'Matrix' });
    },
    expect: PARTNERSHIP_OFFICE,
  },
  {
    name: 'PUT /api/partnerships/:id/instalments/:year/split',
    call: async (c) => {
      const { url, list } = await withInstalments();
      return c.put(`${url}/2025/split`, { amounts: list.map((i) => ({ id: i.id, amount: i.amount, version: i.version })) });
    },
    expect: PARTNERSHIP_OFFICE,
  },
  {
    name: 'POST /api/partnerships/:id/instalments/:year/generate',
    call: async (c) => {
      const p = await freshPartnership('applied');
      await t.db.insert(grants).values({ partnershipId: p.id, year: 2025, fundingSource: p.fundingSource, amount: 50_000_00, firm: true });
      return c.post(`/api/partnerships/${p.id}/instalments/2025/generate`);
    },
    expect: PARTNERSHIP_OFFICE,
  },
];
