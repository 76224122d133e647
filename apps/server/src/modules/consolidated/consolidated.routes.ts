import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError, seesWholeProgramme } from '@mic/domain';
import type { AppContext } from '../../app';
import { attachmentHeader } from '../../lib/attachment';
import { requestLanguage } from '../../lib/language';
import { requireActor } from '../../plugins/auth';
import { consolidatedFileParams, consolidatedFileQuery, consolidatedParams, consolidatedQuery, consolidatedReportDto, narrativeBody } from './consolidated.contract';
import { consolidatedDetail } from './consolidated.data';
import { reportDocument } from './consolidated.document';
import { DOCX_TYPE, PDF_TYPE, XLSX_TYPE } from '../../lib/file-types';
import { consolidatedReport, mayEditConsolidated, narrativeFor, saveNarrative, scopeOf } from './consolidated.service';

/** The programme office, the administrator and the donors' viewers read; partnership members are refused (403), as for the funds. */
async function canRead(request: FastifyRequest) {
  if (!seesWholeProgramme(requireActor(request))) throw new DomainError('FORBIDDEN');
}

async function canEdit(request: FastifyRequest) {
  if (!mayEditConsolidated(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** The consolidated programme report per funding source and year (issue 8): data, narrative and its files. */
export async function consolidatedRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consolidated'];
  const base = '/api/programme/consolidated-report';

  r.get(base, { preValidation: canRead, schema: { tags, querystring: consolidatedQuery, response: { 200: consolidatedReportDto } } }, async (request) =>
    consolidatedReport(db, requireActor(request), request.query.funding, request.query.year, requestLanguage(request)),
  );

  r.put(
    `${base}/:funding/:year`,
    { preValidation: canEdit, schema: { tags, params: consolidatedParams, body: narrativeBody, response: { 200: consolidatedReportDto } } },
    async (request) => saveNarrative(db, requireActor(request), request.params.funding, request.params.year, request.body, requestLanguage(request)),
  );

  /** `/:funding/2025.docx|.pdf|.xlsx?lang=en|nb`: English unless Norwegian is asked for. */
  r.get(`${base}/:funding/:file`, { preValidation: canRead, schema: { tags, params: consolidatedFileParams, querystring: consolidatedFileQuery } }, async (request, reply) => {
    const [yearText, kind] = request.params.file.split('.') as [string, 'docx' | 'pdf' | 'xlsx'];
    const lang = request.query.lang;
    const scope = await scopeOf(db, request.params.funding, Number(yearText));
    const { data, indicators } = await consolidatedDetail(db, scope, lang);
    if (kind === 'xlsx') {
      const { consolidatedXlsx } = await import('./consolidated.xlsx');
      const file = await consolidatedXlsx(db, scope, data, indicators, lang);
      return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(file.fileName, 'programme-report.xlsx')).send(file.body);
    }
    const narrative = (await narrativeFor(db, scope))?.narrative ?? {};
    const doc = await reportDocument(db, scope, data, narrative, lang);
    const body = kind === 'docx' ? await (await import('./consolidated.docx')).consolidatedDocx(doc) : await (await import('./consolidated.pdf')).consolidatedPdf(doc);
    return reply
      .header('content-type', kind === 'docx' ? DOCX_TYPE : PDF_TYPE)
      .header('content-disposition', attachmentHeader(`${doc.fileBase}.${kind}`, `programme-report.${kind}`))
      .send(body);
  });
}
