import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { memberships, risks } from '../../src/db/schema';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { type Route, ADMIN_ONLY, OFFICE_ONLY, PARTNERSHIP_EDITORS, PARTNERSHIP_OFFICE, PARTNERSHIP_READERS, PROGRAMME_READERS, RESULTS_EDITORS, RISK_EDITORS, approvers, clients, freshDocument, freshFramework, freshInvitation, freshPartnership, freshRisk, pdf, t, uploadTo } from './role-matrix.support';

/** The routes of issues 2–4: programme, municipalities, partnerships, users, results, risks, documents. */
export const coreRoutes: Route[] = [
  { name: 'GET /api/programme', call: (c) => c.get('/api/programme'), expect: PROGRAMME_READERS },
  {
    name: 'PUT /api/programme',
    call: async (c) => {
      const { id: _id, ...current } = (await clients.admin.get('/api/programme')).json();
      return c.put('/api/programme', current);
    },
    expect: ADMIN_ONLY,
  },
  { name: 'GET /api/municipalities', call: (c) => c.get('/api/municipalities'), expect: PROGRAMME_READERS },
  {
    name: 'POST /api/municipalities',
    call: (c) => c.post('/api/municipalities', { name: `Kommune ${randomUUID()}`, country: 'NO' }),
    expect: OFFICE_ONLY,
  },
  {
    name: 'PUT /api/municipalities/:id',
    call: async (c) => {
      const m = await buildMunicipality(t.db, { country: 'GT' });
      return c.put(`/api/municipalities/${m.id}`, { name: `${m.name} renamed`, country: 'GT' });
    },
    expect: OFFICE_ONLY,
  },
  { name: 'GET /api/partnerships', call: (c) => c.get('/api/partnerships'), expect: PROGRAMME_READERS },
  {
    name: 'POST /api/partnerships',
    call: async (c) => {
      const home = await buildMunicipality(t.db, { country: 'NO' });
      const partner = await buildMunicipality(t.db, { country: 'UG' });
      return c.post('/api/partnerships', {
        title: 'Matrix partnership',
        homeMunicipalityId: home.id,
        partnerMunicipalityId: partner.id,
        fundingSource: 'norad',
        startYear: 2026,
        workingLanguage: 'en',
        purposes: ['environment'],
      });
    },
    expect: OFFICE_ONLY,
  },
  { name: 'GET /api/partnerships/:id', call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}`), expect: PARTNERSHIP_READERS },
  {
    name: 'PATCH /api/partnerships/:id',
    call: async (c) => {
      const p = await freshPartnership();
      return c.patch(`/api/partnerships/${p.id}`, { title: 'Renamed by the matrix', version: p.version });
    },
    expect: PARTNERSHIP_EDITORS,
  },
  {
    name: 'POST /api/partnerships/:id/status (submit a draft)',
    call: async (c) => c.post(`/api/partnerships/${(await freshPartnership()).id}/status`, { status: 'applied' }),
    expect: PARTNERSHIP_EDITORS,
  },
  {
    name: 'POST /api/partnerships/:id/status (approve an application)',
    call: async (c) => c.post(`/api/partnerships/${(await freshPartnership('applied')).id}/status`, { status: 'active' }),
    expect: PARTNERSHIP_OFFICE,
  },
  {
    name: 'GET /api/partnerships/:id/history',
    call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}/history`),
    expect: PARTNERSHIP_READERS,
  },
  {
    name: 'GET /api/partnerships/:id/comments',
    call: async (c) => {
      const id = (await freshPartnership()).id;
      return c.get(`/api/partnerships/${id}/comments?entityType=partnership&entityId=${id}`);
    },
    expect: PARTNERSHIP_READERS,
  },
  {
    name: 'POST /api/partnerships/:id/comments',
    call: async (c) => {
      const id = (await freshPartnership()).id;
      return c.post(`/api/partnerships/${id}/comments`, { entityType: 'partnership', entityId: id, body: 'A remark' });
    },
    expect: { ...PARTNERSHIP_EDITORS, auditor: 'ok' },
  },
  // The risk register (issue 4): its coordinators keep it, everyone who sees the partnership reads it.
  { name: 'GET /api/partnerships/:id/risks', call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}/risks`), expect: PARTNERSHIP_READERS },
  {
    name: 'POST /api/partnerships/:id/risks',
    call: async (c) =>
      c.post(`/api/partnerships/${(await freshPartnership()).id}/risks`, {
        description: 'A new risk',
        category: 'security',
        origin: 'external',
        owner: 'Coordinator',
        identifiedOn: '2026-02-01',
        probability: 3,
        consequence: 3,
      }),
    expect: RISK_EDITORS,
  },
  { name: 'GET /api/partnerships/:id/risks/:riskId', call: async (c) => c.get((await freshRisk()).url), expect: PARTNERSHIP_READERS },
  { name: 'PATCH /api/partnerships/:id/risks/:riskId', call: async (c) => c.patch((await freshRisk()).url, { owner: 'Changed by the matrix', version: 1 }), expect: RISK_EDITORS },
  { name: 'DELETE /api/partnerships/:id/risks/:riskId', call: async (c) => c.delete((await freshRisk()).url), expect: RISK_EDITORS },
  {
    name: 'POST /api/partnerships/:id/risks/:riskId/reviews',
    call: async (c) => c.post(`${(await freshRisk()).url}/reviews`, { reviewedOn: '2026-06-01', probability: 1, consequence: 1, assumptionStatus: 'holds' }),
    expect: RISK_EDITORS,
  },
  {
    name: 'PUT /api/partnerships/:id/risks/register',
    call: async (c) => c.put(`/api/partnerships/${(await freshPartnership()).id}/risks/register`, { state: 'complete', version: 1 }),
    expect: RISK_EDITORS,
  },
  { name: 'GET /api/partnerships/:id/risks/export.xlsx', call: async (c) => c.get(`/api/partnerships/${(await freshRisk()).p.id}/risks/export.xlsx`), expect: PARTNERSHIP_READERS },
  {
    name: 'POST /api/partnerships/:id/comments (on a risk)',
    call: async (c) => {
      const { p, risk } = await freshRisk();
      return c.post(`/api/partnerships/${p.id}/comments`, { entityType: 'risk', entityId: risk.id, body: 'A remark on the risk' });
    },
    expect: { ...PARTNERSHIP_EDITORS, auditor: 'ok' },
  },
  { name: 'GET /api/programme/risks', call: (c) => c.get('/api/programme/risks'), expect: { ...OFFICE_ONLY, donor_viewer: 'ok' } },
  { name: 'GET /api/programme/risk-settings', call: (c) => c.get('/api/programme/risk-settings'), expect: PROGRAMME_READERS },
  {
    name: 'PUT /api/programme/risk-settings',
    call: async (c) => {
      const { bands: _bands, updatedAt: _at, ...current } = (await clients.admin.get('/api/programme/risk-settings')).json();
      return c.put('/api/programme/risk-settings', current);
    },
    expect: ADMIN_ONLY,
  },
  // The results framework (issue 3): coordinators edit, each side approves its own values, the office approves all.
  { name: 'GET /api/partnerships/:id/results', call: async (c) => c.get(`${(await freshFramework()).base}/results`), expect: PARTNERSHIP_READERS },
  { name: 'GET /api/partnerships/:id/results/tracking', call: async (c) => c.get(`${(await freshFramework()).base}/results/tracking`), expect: PARTNERSHIP_READERS },
  { name: 'GET /api/partnerships/:id/results/export.xlsx', call: async (c) => c.get(`${(await freshFramework()).base}/results/export.xlsx`), expect: PARTNERSHIP_READERS },
  {
    name: 'POST /api/partnerships/:id/results',
    call: async (c) => {
      const f = await freshFramework();
      return c.post(`${f.base}/results`, { level: 'outcome', parentId: f.chain.impact.id, owner: 'home', statement: { es: 'Un efecto' } });
    },
    expect: RESULTS_EDITORS,
  },
  {
    name: 'PATCH /api/partnerships/:id/results/:resultId',
    call: async (c) => {
      const f = await freshFramework();
      return c.patch(`${f.base}/results/${f.chain.output.id}`, { justification: 'Changed by the matrix', version: 1 });
    },
    expect: RESULTS_EDITORS,
  },
  {
    name: 'POST /api/partnerships/:id/results/:resultId/move',
    call: async (c) => {
      const f = await freshFramework();
      return c.post(`${f.base}/results/${f.chain.outcome.id}/move`, { parentId: f.chain.impact.id, position: 1, version: 1 });
    },
    expect: RESULTS_EDITORS,
  },
  {
    name: 'DELETE /api/partnerships/:id/results/:resultId',
    call: async (c) => {
      const f = await freshFramework();
      return c.delete(`${f.base}/results/${f.chain.output.id}`);
    },
    expect: RESULTS_EDITORS,
  },
  {
    name: 'POST /api/partnerships/:id/results/:resultId/indicators',
    call: async (c) => {
      const f = await freshFramework();
      return c.post(`${f.base}/results/${f.chain.output.id}/indicators`, { name: { es: 'Indicador' }, kind: 'quantitative' });
    },
    expect: RESULTS_EDITORS,
  },
  { name: 'PATCH /api/partnerships/:id/indicators/:indicatorId', call: async (c) => c.patch((await freshFramework()).indicatorUrl, { unit: 'casas', version: 1 }), expect: RESULTS_EDITORS },
  { name: 'DELETE /api/partnerships/:id/indicators/:indicatorId', call: async (c) => c.delete(`${(await freshFramework()).indicatorUrl}?confirm=true`), expect: RESULTS_EDITORS },
  {
    name: 'PUT /api/partnerships/:id/indicators/:indicatorId/baseline',
    call: async (c) => c.put(`${(await freshFramework()).indicatorUrl}/baseline`, { value: 3, date: '2024-12-01', version: 1 }),
    expect: RESULTS_EDITORS,
  },
  { name: 'DELETE /api/partnerships/:id/indicators/:indicatorId/baseline', call: async (c) => c.delete(`${(await freshFramework()).indicatorUrl}/baseline?version=1`), expect: RESULTS_EDITORS },
  {
    name: 'PUT /api/partnerships/:id/indicators/:indicatorId/targets',
    call: async (c) => c.put(`${(await freshFramework()).indicatorUrl}/targets`, { targets: [{ year: 2025, value: 20 }], endTarget: 60, version: 1 }),
    expect: RESULTS_EDITORS,
  },
  {
    name: 'PUT /api/partnerships/:id/indicators/:indicatorId/values/:year (a new value)',
    call: async (c) => c.put(`${(await freshFramework()).indicatorUrl}/values/2026`, { value: 9 }),
    expect: RESULTS_EDITORS,
  },
  { name: 'DELETE /api/partnerships/:id/indicators/:indicatorId/values/:year', call: async (c) => c.delete(`${(await freshFramework()).valueUrl}?version=1`), expect: RESULTS_EDITORS },
  { name: 'POST /api/partnerships/:id/indicators/:indicatorId/values/:year/submit', call: async (c) => c.post(`${(await freshFramework()).valueUrl}/submit`, { version: 1 }), expect: RESULTS_EDITORS },
  {
    name: 'POST /api/partnerships/:id/indicators/:indicatorId/values/:year/approve (a partner result)',
    call: async (c) => c.post(`${(await freshFramework('partner', 'submitted')).valueUrl}/approve`, { version: 1 }),
    expect: approvers('partner_coordinator'),
  },
  {
    name: 'POST /api/partnerships/:id/indicators/:indicatorId/values/:year/approve (a home result)',
    call: async (c) => c.post(`${(await freshFramework('home', 'submitted')).valueUrl}/approve`, { version: 1 }),
    expect: approvers('home_coordinator'),
  },
  {
    name: 'POST /api/partnerships/:id/indicators/:indicatorId/values/:year/return (a home result)',
    call: async (c) => c.post(`${(await freshFramework('home', 'submitted')).valueUrl}/return`, { version: 1, comment: 'Check the source' }),
    expect: approvers('home_coordinator'),
  },
  {
    name: 'POST /api/partnerships/:id/comments (on an indicator)',
    call: async (c) => {
      const f = await freshFramework();
      return c.post(`${f.base}/comments`, { entityType: 'indicator', entityId: f.indicator.id, body: 'A remark on the indicator' });
    },
    expect: { ...PARTNERSHIP_EDITORS, auditor: 'ok' },
  },
  { name: 'POST /api/partnerships/:id/documents', call: async (c) => uploadTo(c, (await freshPartnership()).id), expect: PARTNERSHIP_EDITORS },
  { name: 'GET /api/partnerships/:id/documents', call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}/documents`), expect: PARTNERSHIP_READERS },
  { name: 'GET /api/partnerships/:id/documents/:documentId', call: async (c) => c.get(await freshDocument()), expect: PARTNERSHIP_READERS },
  { name: 'GET /api/partnerships/:id/documents/:documentId/content', call: async (c) => c.get(`${await freshDocument()}/content`), expect: PARTNERSHIP_READERS },
  {
    name: 'POST /api/partnerships/:id/documents/:documentId/versions',
    call: async (c) => c.request({ method: 'POST', url: `${await freshDocument()}/versions?fileName=m2.pdf`, payload: pdf, headers: { 'content-type': 'application/pdf' } }),
    expect: PARTNERSHIP_EDITORS,
  },
  { name: 'GET /api/partnerships/:id/documents/:documentId/versions', call: async (c) => c.get(`${await freshDocument()}/versions`), expect: PARTNERSHIP_READERS },
  { name: 'PATCH /api/partnerships/:id/documents/:documentId', call: async (c) => c.patch(await freshDocument(), { category: 'baseline_study', language: 'es' }), expect: PARTNERSHIP_EDITORS },
  { name: 'GET /api/programme/results-settings', call: (c) => c.get('/api/programme/results-settings'), expect: PROGRAMME_READERS },
  {
    name: 'PUT /api/programme/results-settings',
    call: (c) => c.put('/api/programme/results-settings', { maxIndicatorsPerOutcome: 3, maxIndicatorsPerPartnership: 12, onTrackPercent: 90, atRiskPercent: 60 }),
    expect: ADMIN_ONLY,
  },
  { name: 'GET /api/users', call: (c) => c.get('/api/users'), expect: ADMIN_ONLY },
  {
    name: 'PATCH /api/users/:id',
    call: async (c) => c.patch(`/api/users/${clients.viewer.user!.id}`, { name: 'Viewer Renamed' }),
    expect: ADMIN_ONLY,
  },
  {
    name: 'PUT /api/users/:id/memberships/:partnershipId',
    call: async (c) => c.put(`/api/users/${clients.outsider.user!.id}/memberships/${(await buildPartnership(t.db)).id}`, { role: 'viewer' }),
    expect: ADMIN_ONLY,
  },
  {
    name: 'DELETE /api/users/:id/memberships/:partnershipId',
    call: async (c) => {
      const p = await buildPartnership(t.db, { members: [{ userId: clients.outsider.user!.id, role: 'viewer' }] });
      return c.delete(`/api/users/${clients.outsider.user!.id}/memberships/${p.id}`);
    },
    expect: ADMIN_ONLY,
  },
  { name: 'GET /api/invitations', call: (c) => c.get('/api/invitations'), expect: ADMIN_ONLY },
  {
    name: 'POST /api/invitations',
    call: (c) => c.post('/api/invitations', { email: `new-${randomUUID()}@example.org`, name: 'New Person', language: 'es' }),
    expect: ADMIN_ONLY,
  },
  { name: 'DELETE /api/invitations/:id', call: async (c) => c.delete(`/api/invitations/${await freshInvitation()}`), expect: ADMIN_ONLY },
  { name: 'PUT /api/auth/language', call: (c) => c.put('/api/auth/language', { language: 'en' }), expect: PROGRAMME_READERS },
];

