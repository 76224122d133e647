import { z } from 'zod';
import { AUDIT_OPINIONS, PROGRAMME_REPORT_SECTIONS, PROGRESS_STATUSES, REPORT_STATUSES } from '@mic/domain';

/** The consolidated programme report (issue 8): request and response schemas. */

const year = z.coerce.number().int().min(2000).max(2100);
const fundingCode = z.string().trim().min(1).max(64);
const money = z.number().int();
/** A section's text per language; bounded so one save cannot fill the database. */
const sectionText = z.object({ en: z.string().max(20_000).optional(), nb: z.string().max(20_000).optional() }).strict();

export const consolidatedQuery = z.object({ funding: fundingCode, year });
export const consolidatedParams = z.object({ funding: fundingCode, year });
/** `2025.docx`, `2025.pdf`, `2025.xlsx`. */
export const consolidatedFileParams = z.object({ funding: fundingCode, file: z.string().regex(/^\d{4}\.(docx|pdf|xlsx)$/) });
export const consolidatedFileQuery = z.object({ lang: z.enum(['en', 'nb']).default('en') });

export const narrativeBody = z
  .object({
    version: z.number().int().min(0),
    narrative: z.object(Object.fromEntries(PROGRAMME_REPORT_SECTIONS.map((s) => [s, sectionText.optional()])) as Record<(typeof PROGRAMME_REPORT_SECTIONS)[number], z.ZodOptional<typeof sectionText>>).strict(),
  })
  .strict();

const reportStatus = z.enum([...REPORT_STATUSES, 'not_started']);
const counted = <K extends string>(key: K) => z.array(z.object({ [key]: z.string(), count: z.number().int() } as Record<K | 'count', z.ZodString | z.ZodNumber>));

export const consolidatedDataDto = z.object({
  fundingSource: z.string(),
  year: z.number().int(),
  portfolio: z.object({ total: z.number().int(), byRegion: counted('region'), byCountry: counted('country'), byPurpose: counted('purpose') }),
  money: z.object({
    rows: z.array(
      z.object({
        partnershipId: z.string(),
        title: z.string(),
        country: z.string(),
        granted: money,
        paid: money,
        spent: money,
        unspent: money,
        reportStatus,
        auditOpinion: z.enum(AUDIT_OPINIONS).nullable(),
      }),
    ),
    totals: z.object({ granted: money, paid: money, spent: money, unspent: money }),
  }),
  results: z.array(
    z.object({
      purpose: z.string(),
      counts: z.object(Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof PROGRESS_STATUSES)[number], z.ZodNumber>),
      highlights: z.array(z.object({ partnershipTitle: z.string(), indicator: z.string(), status: z.enum(PROGRESS_STATUSES), percent: z.number().nullable() })),
    }),
  ),
  risks: z.array(z.object({ partnershipTitle: z.string(), title: z.string(), score: z.number().int(), band: z.string(), response: z.string() })),
  audits: z.array(z.object({ partnershipTitle: z.string(), year: z.number().int(), opinion: z.enum(AUDIT_OPINIONS).nullable(), complete: z.boolean(), openFindings: z.number().int() })),
  reports: z.object(Object.fromEntries([...REPORT_STATUSES, 'not_started'].map((s) => [s, z.number().int()]))),
});

export const consolidatedReportDto = z.object({
  fundingSource: z.string(),
  year: z.number().int(),
  narrative: z.record(z.string(), z.record(z.string(), z.string().optional()).optional()),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  data: consolidatedDataDto,
  can: z.object({ edit: z.boolean() }),
});
