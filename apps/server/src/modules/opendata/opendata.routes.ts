import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OPEN_DATA_LICENCE } from '@mic/domain';
import type { Db } from '../../db/client';
import { usePublicResponses } from '../public/public.http';
import { OPEN_DATA_FILES, openDataQuery, type OpenDataFile, type OpenDataQuery } from './opendata.contract';
import { csvOf, jsonOf } from './opendata.format';
import * as service from './opendata.service';

const LICENCE_LINK = `<${OPEN_DATA_LICENCE.url}>; rel="license"`;

function recordsOf(db: Db, file: OpenDataFile, query: OpenDataQuery): Promise<unknown[]> {
  if (file === 'partnerships') return service.partnershipRecords(db, query);
  if (file === 'budgets') return service.budgetRecords(db, query);
  return service.resultRecords(db, query);
}

/**
 * Open data (issue 9): the public data as CSV and JSON files, anonymous, with the public list's filters,
 * its rate limit and ETags. The licence is in a `Link` header (and in the JSON body): the CSV stays pure data.
 */
export async function openDataRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  usePublicResponses(app, db);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['open data'];

  for (const file of OPEN_DATA_FILES) {
    r.get(`/api/public/data/${file}.csv`, { schema: { tags, querystring: openDataQuery } }, async (request, reply) => {
      const body = csvOf(file, await recordsOf(db, file, request.query));
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="${file}.csv"`)
        .header('link', LICENCE_LINK)
        .send(body);
    });
    r.get(`/api/public/data/${file}.json`, { schema: { tags, querystring: openDataQuery } }, async (request, reply) => {
      const body = jsonOf(file, await recordsOf(db, file, request.query));
      return reply.type('application/json; charset=utf-8').header('link', LICENCE_LINK).send(body);
    });
  }
}
