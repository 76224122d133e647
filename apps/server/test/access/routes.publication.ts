import { type Route, PARTNERSHIP_OFFICE, freshDocument, freshPartnership } from './role-matrix.support';

/** Publication settings (issue 9): the programme office decides what the public sees; members are refused, outsiders told nothing. */
export const publicationRoutes: Route[] = [
  { name: 'GET /api/partnerships/:id/publication', call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}/publication`), expect: PARTNERSHIP_OFFICE },
  {
    name: 'PUT /api/partnerships/:id/publication',
    call: async (c) => c.put(`/api/partnerships/${(await freshPartnership()).id}/publication`, { version: 0, hidden: ['budget'] }),
    expect: PARTNERSHIP_OFFICE,
  },
  {
    name: 'PUT /api/partnerships/:id/documents/:documentId/publication',
    call: async (c) => c.put(`${await freshDocument()}/publication`, { published: true }),
    expect: PARTNERSHIP_OFFICE,
  },
];
