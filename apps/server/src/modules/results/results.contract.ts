import { z } from 'zod';
import { isIsoDate, RESULT_LEVELS, RESULT_OWNERS, type ResultCreateInput, type ResultMoveInput, type ResultPatchInput, type ResultsSettingsInput } from '@mic/domain';
import { filterText, pagingQuery } from '../../lib/paging';

/** A text per language ("es", "en" …): the working language's is required by the rules, not here. */
export const localizedInput = (max: number) =>
  z
    .record(z.string().regex(/^[a-z]{2,3}$/), z.string().trim().max(max).optional())
    .refine((o) => Object.keys(o).length <= 20)
    .transform((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => !!v)) as Record<string, string>);

/** An optional free text: trimmed, empty means none. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** An ISO calendar date that exists (yyyy-mm-dd). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDate);

export const version = z.number().int().min(1);

export const partnershipParams = z.object({ id: z.string() });
export const resultParams = z.object({ id: z.string(), resultId: z.string() });

const resultFields = {
  statement: localizedInput(1000),
  owner: z.enum(RESULT_OWNERS),
  purpose: z.string().trim().max(64).nullish(),
  justification: optionalText(2000),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
};

export const resultCreateBody = z.object({
  level: z.enum(RESULT_LEVELS),
  parentId: z.string().max(64).nullable(),
  ...resultFields,
  position: z.number().int().min(0).max(10_000).optional(),
});
export type ResultCreateBody = z.infer<typeof resultCreateBody>;

export const resultPatchBody = z.object(resultFields).partial().extend({ version }).strict();
export type ResultPatchBody = z.infer<typeof resultPatchBody>;

export const resultMoveBody = z.object({ parentId: z.string().max(64).nullable(), position: z.number().int().min(0).max(10_000), version });
export type ResultMoveBody = z.infer<typeof resultMoveBody>;

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const deleteQuery = z.object({ confirm: flag, version: z.coerce.number().int().min(1).optional() });
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const trackingQuery = pagingQuery.extend({
  level: z.enum(RESULT_LEVELS).optional(),
  purpose: filterText(64),
  owner: z.enum(RESULT_OWNERS).optional(),
});
export type TrackingQuery = z.infer<typeof trackingQuery>;

export const exportQuery = z.object({
  view: z.enum(['all', 'framework', 'tracking']).default('all'),
  level: z.enum(RESULT_LEVELS).optional(),
  purpose: filterText(64),
  owner: z.enum(RESULT_OWNERS).optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;

export const settingsBody = z.object({
  maxIndicatorsPerOutcome: z.number().int().min(1).max(50),
  maxIndicatorsPerPartnership: z.number().int().min(1).max(500),
  onTrackPercent: z.number().min(1).max(100),
  atRiskPercent: z.number().min(0).max(100),
  version: z.number().int().min(0).optional(),
});

// The request schemas accept what the shared input types describe.
type Accepts<Schema, Input> = [Input] extends [Schema] ? true : false;
const accepts: [
  Accepts<z.input<typeof resultCreateBody>, ResultCreateInput>,
  Accepts<z.input<typeof resultPatchBody>, ResultPatchInput>,
  Accepts<z.input<typeof resultMoveBody>, ResultMoveInput>,
  Accepts<z.input<typeof settingsBody>, ResultsSettingsInput>,
] = [true, true, true, true];
void accepts;
