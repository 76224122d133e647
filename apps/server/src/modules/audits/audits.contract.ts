import { z } from 'zod';
import { AUDIT_LIMITS, AUDIT_OPINIONS, FINDING_STATUSES, type AuditDto } from '@mic/domain';
import { isoDate } from '../risks/risks.contract';

/** Audits of a partnership's accounts (issue 8): request and response schemas. */

const text = (max: number) => z.string().trim().max(max);
const year = z.number().int().min(2000).max(2100);
const documentId = z.string().uuid().nullable();

export const partnershipParams = z.object({ id: z.string() });
export const auditParams = z.object({ id: z.string() });

/** A finding with its follow-up; a new one may come without an id (the server gives it one). */
const findingInput = z
  .object({
    id: z.string().uuid().optional(),
    finding: text(AUDIT_LIMITS.finding).min(1),
    action: text(AUDIT_LIMITS.finding),
    due: isoDate.nullable(),
    status: z.enum(FINDING_STATUSES),
  })
  .strict();

const auditFields = {
  firm: text(AUDIT_LIMITS.text),
  auditorName: text(AUDIT_LIMITS.text),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  standard: text(AUDIT_LIMITS.text),
  opinion: z.enum(AUDIT_OPINIONS).nullable(),
  reasonableAssurance: z.boolean(),
  termsKept: z.boolean(),
  reportDocumentId: documentId,
  managementLetterDocumentId: documentId,
  findings: z.array(findingInput).max(AUDIT_LIMITS.findings),
};

/** Starting the year's audit: the year, and whatever is known already. */
export const createAuditBody = z
  .object({ year, ...auditFields })
  .partial()
  .required({ year: true })
  .strict();
export type CreateAuditBody = z.infer<typeof createAuditBody>;

/** Saving the audit: every field, as the form holds it, with the version it was read at. */
export const updateAuditBody = z.object({ version: z.number().int().min(1), ...auditFields }).strict();
export type UpdateAuditBody = z.infer<typeof updateAuditBody>;
export type AuditFieldsInput = Omit<UpdateAuditBody, 'version'>;

export const auditDto = z.object({
  id: z.string(),
  partnershipId: z.string(),
  year: z.number().int(),
  firm: z.string(),
  auditorName: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  standard: z.string(),
  opinion: z.enum(AUDIT_OPINIONS).nullable(),
  reasonableAssurance: z.boolean(),
  termsKept: z.boolean(),
  reportDocumentId: z.string().nullable(),
  managementLetterDocumentId: z.string().nullable(),
  findings: z.array(z.object({ id: z.string(), finding: z.string(), action: z.string(), due: z.string().nullable(), status: z.enum(FINDING_STATUSES) })),
  complete: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  can: z.object({ edit: z.boolean() }),
}) satisfies z.ZodType<AuditDto>;

export const auditList = z.object({ items: z.array(auditDto) });
