import { z } from 'zod';
import { IATI_PROBLEM_CODES } from '@mic/domain';
import { pageSchema, pagingQuery } from '../../lib/paging';

// OrganisationType codelist (IATI 2.03).
const ORGANISATION_TYPES = ['10', '11', '15', '21', '22', '23', '24', '30', '40', '60', '70', '71', '72', '73', '80', '90'] as const;

const localized = z.record(z.string().regex(/^[a-z]{2}$/), z.string().trim().max(300));

const settingsShape = {
  // An IATI organisation identifier: registration agency prefix, then the number (e.g. NO-BRC-971032146).
  reportingOrgRef: z.string().trim().regex(/^[A-Za-z]{2}-[A-Za-z0-9]+-[A-Za-z0-9._-]+$/).max(100),
  reportingOrgType: z.enum(ORGANISATION_TYPES),
  reportingOrgName: localized.refine((name) => !!name.en?.trim(), { message: 'English name required', path: ['en'] }),
  sectorsByPurpose: z.record(z.string().max(50), z.array(z.string().regex(/^\d{5}$/)).min(1).max(10)),
};

export const iatiSettingsBody = z.object({ ...settingsShape, version: z.number().int().min(0) }).strict();
export type IatiSettingsBody = z.infer<typeof iatiSettingsBody>;

export const iatiSettingsDto = z.object({
  reportingOrgRef: z.string(),
  reportingOrgType: z.string(),
  reportingOrgName: z.record(z.string(), z.string().optional()),
  sectorsByPurpose: z.record(z.string(), z.array(z.string())),
  version: z.number(),
  can: z.object({ edit: z.boolean() }),
});

export const iatiCheckQuery = pagingQuery;

export const iatiCheckDto = pageSchema(
  z.object({
    partnershipId: z.string(),
    title: z.string(),
    iatiIdentifier: z.string(),
    problems: z.array(z.object({ code: z.enum(IATI_PROBLEM_CODES), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
  }),
).extend({ complete: z.number().int() });

export const iatiExportQuery = z
  .object({
    funding: z.string().trim().max(50).optional(),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/)
      .transform((c) => c.toUpperCase())
      .optional(),
    year: z.coerce.number().int().min(1900).max(2200).optional(),
  });

export const iatiActivityParams = z.object({ id: z.string() });
