/** What a partnership's document is (guideline: application, agreement, annual meetings, reporting, audit). */
export const DOCUMENT_CATEGORIES = [
  'council_decision',
  'international_strategy',
  'code_of_ethics',
  'partnership_agreement',
  'annual_meeting_minutes',
  'baseline_study',
  'audit_report',
  'management_letter',
  'other',
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** The documents an auditor brings: the audit report and the management letter, and no other. */
export const AUDITOR_DOCUMENT_CATEGORIES: readonly DocumentCategory[] = ['audit_report', 'management_letter'];

/** Which of the two municipalities a document belongs to, where that matters (a Code of Ethics each). */
export const MUNICIPALITY_SIDES = ['home', 'partner'] as const;
export type MunicipalitySide = (typeof MUNICIPALITY_SIDES)[number];

/** Categories kept once per municipality: each side has its own. */
export const PER_MUNICIPALITY_CATEGORIES: readonly DocumentCategory[] = ['council_decision', 'code_of_ethics'];
