import { z } from 'zod';
import {
  DOCUMENT_CATEGORIES,
  PARTNERSHIP_ROLES,
  PARTNERSHIP_STATUSES,
  type Page,
  type PartnershipDetailDto,
  type PartnershipDto,
} from '@mic/domain';
import { filterText, pageSchema, pagingQuery } from '../../lib/paging';
import { PARTNERSHIP_SORTS } from './partnerships.repository';

/**
 * The shape only: the programme's rules (purposes, eligibility, period, language, funding source)
 * are checked by checkPartnership in @mic/domain, so each broken rule answers with its own code.
 */
const fields = {
  title: z.string().trim().max(200),
  /** A municipality id; one that names no municipality is MUNICIPALITY_NOT_FOUND on this field. */
  homeMunicipalityId: z.string().trim().max(64),
  partnerMunicipalityId: z.string().trim().max(64),
  fundingSource: z.string().trim().max(64),
  startYear: z.number().int(),
  /** Defaults to startYear + projectYears − 1 when absent or null. */
  endYear: z.number().int().nullish(),
  workingLanguage: z.string().trim().max(16),
  purposes: z.array(z.string().trim().max(64)).max(20),
};

export const partnershipCreateBody = z.object(fields);
export type PartnershipCreateBody = z.infer<typeof partnershipCreateBody>;

/** Any of the create fields plus the version the change was made on (optimistic concurrency). */
export const partnershipPatchBody = z
  .object(fields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type PartnershipPatchBody = z.infer<typeof partnershipPatchBody>;

export const statusBody = z.object({
  status: z.enum(PARTNERSHIP_STATUSES),
  /** Optional: when given, a stale version is refused with 409 CONFLICT. */
  version: z.number().int().min(1).optional(),
});

export const partnershipParams = z.object({ id: z.string() });

export const partnershipListQuery = pagingQuery.extend({
  search: filterText(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: filterText(64),
  purpose: filterText(64),
  fundingSource: filterText(64),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  sort: z.enum(PARTNERSHIP_SORTS).default('title'),
});
export type PartnershipListQuery = z.infer<typeof partnershipListQuery>;

const municipalityRef = z.object({ id: z.string(), name: z.string(), country: z.string() });

export const partnershipDto = z.object({
  id: z.string(),
  title: z.string(),
  homeMunicipality: municipalityRef,
  partnerMunicipality: municipalityRef,
  region: z.string().nullable(),
  fundingSource: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  workingLanguage: z.string(),
  purposes: z.array(z.string()),
  status: z.enum(PARTNERSHIP_STATUSES),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  myRole: z.enum(PARTNERSHIP_ROLES).nullable(),
});

export const partnershipDetailDto = partnershipDto.extend({
  members: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(PARTNERSHIP_ROLES) })),
  can: z.object({ edit: z.boolean(), changeStatusTo: z.array(z.enum(PARTNERSHIP_STATUSES)), manageMembers: z.boolean(), uploadCategories: z.array(z.enum(DOCUMENT_CATEGORIES)) }),
});

export const partnershipPage = pageSchema(partnershipDto);

// The response schemas and the shared API types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameSummary: Same<z.infer<typeof partnershipDto>, PartnershipDto> = true;
const sameDetail: Same<z.infer<typeof partnershipDetailDto>, PartnershipDetailDto> = true;
const samePage: Same<z.infer<typeof partnershipPage>, Page<PartnershipDto>> = true;
void sameSummary;
void sameDetail;
void samePage;
