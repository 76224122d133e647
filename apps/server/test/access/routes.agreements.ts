import { eq } from 'drizzle-orm';
import { agreementTemplates } from '../../src/db/schema.agreements';
import { approvedApplication } from '../agreements/helpers';
import { type Route, OFFICE_ONLY, PARTNERSHIP_OFFICE, PARTNERSHIP_READERS, freshPartnership, t } from './role-matrix.support';

/** The partnership agreement (issue 6): readers download it, the office (and a coordinator for their side) records signatures, the office amends. */

const SIGNERS = {
  anonymous: 'unauth',
  outsider: 'hidden',
  admin: 'ok',
  programme_officer: 'ok',
  home_coordinator: 'ok',
  partner_coordinator: 'denied',
  rest: 'denied',
} as const;

/** A fresh applied partnership with its initial application approved. */
async function approved() {
  const p = await freshPartnership('applied');
  await approvedApplication(t.db, p.id, [2025, 2026, 2027]);
  return `/api/partnerships/${p.id}/agreement`;
}

/** The template's version now (each cell that writes moves it on). */
async function templateVersion(language: string) {
  const [row] = await t.db.select({ version: agreementTemplates.version }).from(agreementTemplates).where(eq(agreementTemplates.language, language));
  return row!.version;
}

const template = { title: 'Agreement {{title}}', sections: [{ heading: 'Parties', body: '{{homeMunicipality}} and {{partnerMunicipality}}' }] };
const amendment = { what: 'Budget moved', why: 'Annual meeting', effectiveOn: '2026-01-01', approvedBy: 'Annual meeting', approvedOn: '2025-11-20' };

export const agreementRoutes: Route[] = [
  { name: 'GET /api/programme/agreement-templates/:language', call: (c) => c.get('/api/programme/agreement-templates/es'), expect: OFFICE_ONLY },
  {
    name: 'PUT /api/programme/agreement-templates/:language',
    call: async (c) => c.put('/api/programme/agreement-templates/es', { ...template, version: await templateVersion('es') }),
    expect: OFFICE_ONLY,
  },
  { name: 'GET /api/partnerships/:id/agreement', call: async (c) => c.get(await approved()), expect: PARTNERSHIP_READERS },
  { name: 'GET /api/partnerships/:id/agreement.docx', call: async (c) => c.get(`${await approved()}.docx`), expect: PARTNERSHIP_READERS },
  { name: 'GET /api/partnerships/:id/agreement.pdf', call: async (c) => c.get(`${await approved()}.pdf?language=nb`), expect: PARTNERSHIP_READERS },
  {
    name: 'PUT /api/partnerships/:id/agreement/signatures',
    call: async (c) => c.put(`${await approved()}/signatures`, { home: { signatory: 'Mayor', signedOn: '2025-02-01' }, partner: null, ks: null, version: 0 }),
    expect: SIGNERS,
  },
  { name: 'POST /api/partnerships/:id/agreement/amendments', call: async (c) => c.post(`${await approved()}/amendments`, amendment), expect: PARTNERSHIP_OFFICE },
];
