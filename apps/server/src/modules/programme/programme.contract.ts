import { z } from 'zod';
import { MAX_PROJECT_YEARS, type ProgrammeDto } from '@mic/domain';

/** A text in each of the three interface languages; all three are required. */
const localizedInput = (max: number) =>
  z.object({
    en: z.string().trim().min(1).max(max),
    nb: z.string().trim().min(1).max(max),
    es: z.string().trim().min(1).max(max),
  });

/** A stable machine code: lower-case words joined by hyphens ("service-delivery"). */
const slug = z
  .string()
  .trim()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** ISO 3166-1 alpha-2, upper-cased; whether it is a real code is a domain rule (checkProgrammeConfig). */
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/);

/** ISO 639-1 (or 639-3 where there is no two-letter code). */
const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/);

/** IATI organisation identifier: registration agency prefix and number, e.g. NO-BRC-971277882. */
const iatiOrgId = z
  .string()
  .trim()
  .max(100)
  .regex(/^[A-Za-z]{2}-[A-Za-z0-9]+-\S+$/);

/** PUT /api/programme: the whole configuration (ProgrammeDto without its id). */
export const programmeBody = z.object({
  code: z.string().trim().min(1).max(64).optional(),
  name: localizedInput(200),
  goal: localizedInput(2000),
  maxPurposes: z.number().int().min(1).max(20).default(2),
  projectYears: z.number().int().min(1).max(MAX_PROJECT_YEARS),
  workingLanguages: z.array(languageCode).min(1).max(50),
  purposes: z.array(z.object({ code: slug, name: localizedInput(300) })).min(1).max(20),
  regions: z.array(z.object({ code: slug, name: localizedInput(200), countries: z.array(countryCode).min(1).max(250) })).max(50),
  fundingSources: z
    .array(z.object({ code: slug, name: localizedInput(200), iatiOrgId: iatiOrgId.nullable().default(null) }))
    .min(1)
    .max(20),
  /** The version the form was loaded at; a stale one is refused with 409 CONFLICT. Optional for older clients. */
  version: z.number().int().min(1).optional(),
});
export type ProgrammeBody = z.infer<typeof programmeBody>;

const localizedText = z.record(z.string(), z.string().optional());

export const programmeDto = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedText,
  goal: localizedText,
  maxPurposes: z.number().int(),
  projectYears: z.number().int(),
  workingLanguages: z.array(z.string()),
  purposes: z.array(z.object({ code: z.string(), name: localizedText })),
  regions: z.array(z.object({ code: z.string(), name: localizedText, countries: z.array(z.string()) })),
  fundingSources: z.array(z.object({ code: z.string(), name: localizedText, iatiOrgId: z.string().nullable() })),
  version: z.number().int(),
});

// The response schema and the shared API type must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameProgramme: Same<z.infer<typeof programmeDto>, ProgrammeDto> = true;
void sameProgramme;
