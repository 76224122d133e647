import { z } from 'zod';
import { type MunicipalityDto, type Page } from '@mic/domain';
import { filterText, pageSchema, pagingQuery } from '../../lib/paging';

/** ISO 3166-1 alpha-2, upper-cased; whether the code exists is checked by the service. */
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/);

export const municipalityBody = z.object({
  name: z.string().trim().min(1).max(200),
  country: countryCode,
  orgNumber: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type MunicipalityBody = z.infer<typeof municipalityBody>;

/** PUT: the same fields and the version the form was loaded at (optional for older clients; a stale one is 409 CONFLICT). */
export const municipalityUpdateBody = municipalityBody.extend({ version: z.number().int().min(1).optional() });
export type MunicipalityUpdateBody = z.infer<typeof municipalityUpdateBody>;

export const municipalityListQuery = pagingQuery.extend({
  search: filterText(),
  country: countryCode.optional(),
  kind: z.enum(['home', 'partner']).optional(),
});
export type MunicipalityListQuery = z.infer<typeof municipalityListQuery>;

export const municipalityParams = z.object({ id: z.string() });

export const municipalityDto = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  orgNumber: z.string().nullable(),
  kind: z.enum(['home', 'partner']),
  region: z.string().nullable(),
  version: z.number().int(),
});
export const municipalityPage = pageSchema(municipalityDto);

// The response schemas and the shared API types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameMunicipality: Same<z.infer<typeof municipalityDto>, MunicipalityDto> = true;
const samePage: Same<z.infer<typeof municipalityPage>, Page<MunicipalityDto>> = true;
void sameMunicipality;
void samePage;
