import type { ResultLevel, ResultOwner, ValueStatus } from '@mic/domain';

/** A demo text in English and, where the partnership works in another language, in that language too. */
export type DemoText = { en: string } & Partial<Record<'es' | 'bs', string>>;

export interface DemoIndicator {
  name: DemoText;
  /** In the working language; "%" for a percentage; absent for a qualitative indicator. */
  unit?: DemoText;
  percent?: boolean;
  descending?: boolean;
  cumulative?: boolean;
  /** A qualitative indicator's scale, steps 1…n. */
  scale?: DemoText[];
  /** Null: no baseline yet. */
  baseline: number | null;
  baselineDate?: string;
  source?: DemoText;
  /** Period targets, first project year first (may be shorter than the project). */
  targets: number[];
  end: number;
  /** Actuals, first project year first; null skips a year. */
  actuals?: (number | null)[];
  /** The status of each actual; by default years before 2026 approved and 2026 submitted. */
  statuses?: (ValueStatus | undefined)[];
  comments?: (DemoText | undefined)[];
  returnComment?: DemoText;
}

export interface DemoResult {
  level: ResultLevel;
  text: DemoText;
  owner?: ResultOwner;
  purpose: string;
  why?: DemoText;
  /** An activity's planned start (ISO date). */
  start?: string;
  indicators?: DemoIndicator[];
  children?: DemoResult[];
}

/** One framework per demo partnership key, its impact at the top. */
export type DemoFrameworks = Record<string, DemoResult>;
