import { expect } from 'vitest';
import { type Route, clients, freshPartnership } from './role-matrix.support';

/**
 * Audits (issue 8): the partnership's auditor and the programme office record them; everyone who
 * sees the partnership reads them; other partnerships' people are told they do not exist.
 */
const AUDIT_WRITERS = { anonymous: 'unauth', outsider: 'hidden', admin: 'ok', programme_officer: 'ok', auditor: 'ok', rest: 'denied' } as const;
const AUDIT_READERS = { anonymous: 'unauth', outsider: 'hidden', rest: 'ok' } as const;

const fields = {
  firm: 'Revisjon Vest AS',
  auditorName: 'Ingrid Revisor',
  periodStart: '2027-01-01',
  periodEnd: '2027-12-31',
  standard: 'ISA 805',
  opinion: 'unmodified',
  reasonableAssurance: true,
  termsKept: true,
  reportDocumentId: null,
  managementLetterDocumentId: null,
  findings: [],
};

/** A fresh partnership (2025–2027) with its 2027 audit started by the admin. */
async function freshAudit() {
  const p = await freshPartnership();
  const res = await clients.admin.post(`/api/partnerships/${p.id}/audits`, { year: 2027 });
  expect(res.statusCode).toBe(201);
  return `/api/audits/${res.json().id as string}`;
}

export const auditRoutes: Route[] = [
  { name: 'GET /api/partnerships/:id/audits', call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}/audits`), expect: AUDIT_READERS },
  { name: 'POST /api/partnerships/:id/audits', call: async (c) => c.post(`/api/partnerships/${(await freshPartnership()).id}/audits`, { year: 2027 }), expect: AUDIT_WRITERS },
  { name: 'GET /api/audits/:id', call: async (c) => c.get(await freshAudit()), expect: AUDIT_READERS },
  { name: 'PUT /api/audits/:id', call: async (c) => c.put(await freshAudit(), { ...fields, version: 1 }), expect: AUDIT_WRITERS },
];
