import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError, type AgreementLanguage } from '@mic/domain';
import type { AppContext } from '../../app';
import { attachmentHeader } from '../../lib/attachment';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import { agreementDto, amendmentBody, downloadQuery, languageParams, partnershipParams, signaturesBody, templateBody, templateDto } from './agreements.contract';
import { agreementLanguages, filledAgreement, partnershipOf } from './agreements.facts';
import { mayAmend, mayEditTemplates, mayRecordSignatures } from './agreements.policy';
import { agreementOf } from './agreements.queries';
import { DOCX_TYPE, PDF_TYPE } from '../../lib/file-types';
// The writers (docx, pdfkit) load on the first download, not at start.
const render = () => import('./agreements.render');
import { addAmendment, recordSignatures } from './agreements.service';
import { getTemplate, updateTemplate } from './agreements-templates.service';
import type { Db } from '../../db/client';

async function canEditTemplates(request: FastifyRequest) {
  if (!mayEditTemplates(requireActor(request))) throw new DomainError('FORBIDDEN');
}

async function canSign(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayRecordSignatures(requireActor(request), (request.params as { id: string }).id)) throw new DomainError('FORBIDDEN');
}

async function canAmend(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayAmend(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** The agreement in a language it is made in (the working language or Norwegian; default the working language). */
async function agreementIn(db: Db, partnershipId: string, asked: string | undefined) {
  const p = await partnershipOf(db, partnershipId);
  if (!p) throw new DomainError('NOT_FOUND');
  const languages = agreementLanguages(p.workingLanguage);
  const language = (asked ?? languages[0]) as AgreementLanguage;
  if (!languages.includes(language)) throw new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field: 'language' }] });
  return filledAgreement(db, p, language);
}

export async function agreementRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agreements'];
  const base = '/api/partnerships/:id/agreement';

  r.get(
    '/api/programme/agreement-templates/:language',
    { preValidation: canEditTemplates, schema: { tags, params: languageParams, response: { 200: templateDto } } },
    async (request) => getTemplate(db, request.params.language),
  );

  r.put(
    '/api/programme/agreement-templates/:language',
    { preValidation: canEditTemplates, schema: { tags, params: languageParams, body: templateBody, response: { 200: templateDto } } },
    async (request) => updateTemplate(db, requireActor(request), request.params.language, request.body),
  );

  r.get(base, { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, response: { 200: agreementDto } } }, async (request) =>
    agreementOf(db, requireActor(request), request.params.id),
  );

  r.get(`${base}.docx`, { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, querystring: downloadQuery } }, async (request, reply) => {
    const a = await agreementIn(db, request.params.id, request.query.language);
    const body = await (await render()).agreementDocx(a);
    return reply.header('content-type', DOCX_TYPE).header('content-disposition', attachmentHeader(`${a.fileBase}.docx`, 'agreement.docx')).send(body);
  });

  r.get(`${base}.pdf`, { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, querystring: downloadQuery } }, async (request, reply) => {
    const a = await agreementIn(db, request.params.id, request.query.language);
    const body = await (await render()).agreementPdf(a);
    return reply.header('content-type', PDF_TYPE).header('content-disposition', attachmentHeader(`${a.fileBase}.pdf`, 'agreement.pdf')).send(body);
  });

  r.put(`${base}/signatures`, { preValidation: canSign, schema: { tags, params: partnershipParams, body: signaturesBody, response: { 200: agreementDto } } }, async (request) => {
    const actor = requireActor(request);
    await recordSignatures(db, actor, request.params.id, request.body);
    return agreementOf(db, actor, request.params.id);
  });

  r.post(`${base}/amendments`, { preValidation: canAmend, schema: { tags, params: partnershipParams, body: amendmentBody, response: { 201: agreementDto } } }, async (request, reply) => {
    const actor = requireActor(request);
    await addAmendment(db, actor, request.params.id, request.body);
    return reply.code(201).send(await agreementOf(db, actor, request.params.id));
  });
}
