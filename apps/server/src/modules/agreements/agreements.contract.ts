import { z } from 'zod';
import { AGREEMENT_LANGUAGES, AGREEMENT_PARTIES, isIsoDate } from '@mic/domain';

const text = (max: number) => z.string().trim().max(max);
// A calendar date that exists (PostgreSQL refuses 2025-02-30 and year 0000 with an error, not a refusal).
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate, 'not a calendar date');

export const languageParams = z.object({ language: z.enum(AGREEMENT_LANGUAGES) });
export const partnershipParams = z.object({ id: z.string() });
export const downloadQuery = z.object({ language: z.string().max(8).optional() });

export const templateBody = z
  .object({
    title: text(300).min(1),
    sections: z
      .array(z.object({ heading: text(300).min(1), body: text(10_000) }).strict())
      .min(1)
      .max(40),
    version: z.number().int().min(1),
  })
  .strict();
export type TemplateBody = z.infer<typeof templateBody>;

const signature = z.object({ signatory: text(200).min(1), signedOn: isoDate }).strict().nullable();

export const signaturesBody = z
  .object({
    home: signature,
    partner: signature,
    ks: signature,
    signedDocumentId: z.string().uuid().nullable().optional(),
    version: z.number().int().min(0),
  })
  .strict();
export type SignaturesBody = z.infer<typeof signaturesBody>;

export const amendmentBody = z
  .object({
    what: text(5000).min(1),
    why: text(5000).min(1),
    effectiveOn: isoDate,
    approvedBy: text(200).min(1),
    approvedOn: isoDate,
  })
  .strict();
export type AmendmentBody = z.infer<typeof amendmentBody>;

const signatureDto = z.object({ signatory: z.string(), signedOn: z.string() }).nullable();

export const templateDto = z.object({
  language: z.enum(AGREEMENT_LANGUAGES),
  title: z.string(),
  sections: z.array(z.object({ heading: z.string(), body: z.string() })),
  version: z.number(),
  updatedAt: z.string(),
});

export const agreementDto = z.object({
  partnershipId: z.string(),
  exists: z.boolean(),
  ready: z.boolean(),
  workingLanguage: z.string(),
  languages: z.array(z.enum(AGREEMENT_LANGUAGES)),
  signatures: z.object({ home: signatureDto, partner: signatureDto, ks: signatureDto }),
  signedDocument: z.object({ id: z.string(), fileName: z.string() }).nullable(),
  amendments: z.array(
    z.object({ id: z.string(), what: z.string(), why: z.string(), effectiveOn: z.string(), approvedBy: z.string(), approvedOn: z.string(), recordedAt: z.string() }),
  ),
  version: z.number(),
  can: z.object({ sign: z.array(z.enum(AGREEMENT_PARTIES)), amend: z.boolean() }),
});
