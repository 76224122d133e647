/**
 * Stable error codes. Each one has a translated message in @mic/i18n under `errors.<CODE>`,
 * and the server maps each to one HTTP status in one place.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'BODY_TOO_LARGE',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_TOKEN_INVALID',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'PASSWORD_TOO_WEAK',
  'PASSWORD_INCORRECT',
  'EMAIL_TAKEN',
  'INVITATION_INVALID',
  'CONFLICT',
  'SELF_LOCKOUT',
  'PURPOSE_LIMIT_EXCEEDED',
  'PURPOSE_REQUIRED',
  'PURPOSE_UNKNOWN',
  'PARTNER_COUNTRY_NOT_ELIGIBLE',
  'PARTNER_MUNICIPALITY_NORWEGIAN',
  'HOME_MUNICIPALITY_NOT_NORWEGIAN',
  'MUNICIPALITY_NOT_FOUND',
  'FUNDING_SOURCE_UNKNOWN',
  'PERIOD_INVALID',
  'LANGUAGE_NOT_SUPPORTED',
  'STATUS_TRANSITION_INVALID',
  'IN_USE_BY_PARTNERSHIP',
  'LIMIT_BELOW_EXISTING',
  'MUNICIPALITY_DUPLICATE',
  'ORG_NUMBER_INVALID',
  'PARTNERSHIP_CLOSED',
  'RISK_TOLERANCE_MISSING',
  'RISK_BANDS_INVALID',
  'RISK_SCALE_INVALID',
  'RISK_REVIEW_DATE_INVALID',
  'RISK_RESULT_NOT_FOUND',
  'RISK_DATE_IN_FUTURE',
  'RESULT_PARENT_INVALID',
  'IMPACT_EXISTS',
  'RESULT_HAS_DATA',
  'INDICATOR_HAS_DATA',
  'INDICATOR_LEVEL_INVALID',
  'STATEMENT_REQUIRED',
  'PURPOSE_NOT_OF_PARTNERSHIP',
  'DATES_INVALID',
  'SCALE_INVALID',
  'YEAR_OUTSIDE_PERIOD',
  'TARGET_EXCEEDS_END_TARGET',
  'VALUE_OUT_OF_RANGE',
  'BASELINE_VALUE_REQUIRED',
  'BASELINE_MISSING',
  'VALUE_LOCKED',
  'DOCUMENT_TYPE_NOT_ALLOWED',
  'DOCUMENT_EMPTY',
  'DOCUMENT_ARCHIVE_UNSAFE',
  'PERSON_IS_SELF',
  'LAST_ADMIN',
  'PERSON_HAS_RECORDS',
  'ALREADY_ANONYMISED',
  'DOCUMENT_NOT_FOUND',
  'UNSUPPORTED_MEDIA_TYPE',
  'CYCLE_STEP_INVALID',
  'CYCLE_STEP_DATE_INVALID',
  'CYCLE_REPORT_BEFORE_YEAR_END',
  'CYCLE_STEP_UNKNOWN',
  'REMINDER_DAYS_INVALID',
  'EVENT_TITLE_REQUIRED',
  'EVENT_REGISTRATION_CLOSED',
  'EVENT_HAS_REGISTRATIONS',
  'INVALID_TRANSITION',
  'APPLICATION_INCOMPLETE',
  'APPLICATION_CONFIRMATION_MISSING',
  'APPLICATION_LOCKED',
  'AGREEMENT_NOT_READY',
  'BUDGET_CEILING_EXCEEDED',
  'BUDGET_ADMINISTRATION_SHARE_EXCEEDED',
  'BUDGET_CATEGORY_NOT_ELIGIBLE',
  'BUDGET_LOCAL_CURRENCY_HOME_SIDE',
  'BUDGET_RULES_INVALID',
  'CURRENCY_UNKNOWN',
  'EXCHANGE_RATE_INVALID',
  'REVISION_REASON_REQUIRED',
  'PROGRAMME_FUNDS_EXCEEDED',
  'INSTALMENT_SPLIT_MISMATCH',
  'INSTALMENT_LOCKED',
  'REPORT_OVERDUE',
  'OVERRIDE_REASON_REQUIRED',
  'REPORT_INCOMPLETE',
  'REPORT_CONFIRMATION_MISSING',
  'REPORT_LOCKED',
  'AUDIT_MISSING',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One rule broken, at one field path (dot-separated, e.g. `purposes` or `period.endYear`). */
export interface Violation {
  code: ErrorCode;
  field?: string;
  params?: Record<string, string | number>;
}

/** A rule of the programme was broken. Thrown by domain and service code; mapped to HTTP once. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly violations: Violation[];
  readonly params: Record<string, string | number>;

  constructor(code: ErrorCode, options: { violations?: Violation[]; params?: Record<string, string | number>; message?: string } = {}) {
    super(options.message ?? code);
    this.name = 'DomainError';
    this.code = code;
    this.violations = options.violations ?? [];
    this.params = options.params ?? {};
  }

  /** Throws the first violation's code (with all violations attached) when there are any. */
  static throwIfAny(violations: Violation[]): void {
    const first = violations[0];
    if (first) throw new DomainError(first.code, { violations, params: first.params });
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
