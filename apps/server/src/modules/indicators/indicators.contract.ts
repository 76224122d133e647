import { z } from 'zod';
import {
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_MEASURES,
  type ActualValueInput,
  type BaselineInput,
  type IndicatorCreateInput,
  type IndicatorPatchInput,
  type TargetsInput,
  type ValueActionInput,
} from '@mic/domain';
import { isoDate, localizedInput, optionalText, version } from '../results/results.contract';

export const indicatorParams = z.object({ id: z.string(), indicatorId: z.string() });
export const valueParams = z.object({ id: z.string(), indicatorId: z.string(), year: z.coerce.number().int().min(1900).max(2200) });

const scaleInput = z
  .array(z.object({ value: z.number(), label: localizedInput(300) }))
  .max(20)
  .nullish();

const indicatorFields = {
  name: localizedInput(500),
  definition: optionalText(2000),
  kind: z.enum(INDICATOR_KINDS),
  measure: z.enum(INDICATOR_MEASURES).nullish(),
  unit: optionalText(60),
  direction: z.enum(INDICATOR_DIRECTIONS).optional(),
  aggregation: z.enum(INDICATOR_AGGREGATIONS).optional(),
  scale: scaleInput,
  dataSource: optionalText(500),
  position: z.number().int().min(0).max(10_000).optional(),
};

export const indicatorCreateBody = z.object(indicatorFields);
export type IndicatorCreateBody = z.infer<typeof indicatorCreateBody>;

export const indicatorPatchBody = z
  .object(indicatorFields)
  .partial()
  .extend({ resultId: z.string().max(64).optional(), version })
  .strict();
export type IndicatorPatchBody = z.infer<typeof indicatorPatchBody>;

export const baselineBody = z.object({
  value: z.number().nullable(),
  description: optionalText(2000),
  date: isoDate,
  source: optionalText(500),
  documentId: z.string().max(64).nullish(),
  version,
});
export type BaselineBody = z.infer<typeof baselineBody>;

export const targetsBody = z.object({
  targets: z.array(z.object({ year: z.number().int().min(1900).max(2200), value: z.number() })).max(20),
  endTarget: z.number().nullable(),
  version,
});
export type TargetsBody = z.infer<typeof targetsBody>;

export const valueBody = z.object({
  value: z.number(),
  comment: optionalText(4000),
  version: version.optional(),
  reason: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type ValueBody = z.infer<typeof valueBody>;

export const valueActionBody = z.object({
  version,
  comment: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type ValueActionBody = z.infer<typeof valueActionBody>;

// The request schemas accept what the shared input types describe.
type Accepts<Schema, Input> = [Input] extends [Schema] ? true : false;
const accepts: [
  Accepts<z.input<typeof indicatorCreateBody>, IndicatorCreateInput>,
  Accepts<z.input<typeof indicatorPatchBody>, IndicatorPatchInput>,
  Accepts<z.input<typeof baselineBody>, BaselineInput>,
  Accepts<z.input<typeof targetsBody>, TargetsInput>,
  Accepts<z.input<typeof valueBody>, ActualValueInput>,
  Accepts<z.input<typeof valueActionBody>, ValueActionInput>,
] = [true, true, true, true, true, true];
void accepts;
