import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, isDomainError, type ErrorCode, type Violation } from '@mic/domain';
import { translate } from '@mic/i18n';
import { requestLanguage } from './language';
import { isDatabaseUnavailable } from '../db/errors';
import { currentVersionOf } from './version-conflict';

/** The one place where an error code becomes an HTTP status. */
const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 422,
  MALFORMED_JSON: 400,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  RATE_LIMITED: 429,
  INVALID_CREDENTIALS: 401,
  PASSWORD_TOO_WEAK: 422,
  PASSWORD_INCORRECT: 422,
  EMAIL_TAKEN: 409,
  INVITATION_INVALID: 404,
  CONFLICT: 409,
  SELF_LOCKOUT: 409,
  PURPOSE_LIMIT_EXCEEDED: 422,
  PURPOSE_REQUIRED: 422,
  PURPOSE_UNKNOWN: 422,
  PARTNER_COUNTRY_NOT_ELIGIBLE: 422,
  PARTNER_MUNICIPALITY_NORWEGIAN: 422,
  HOME_MUNICIPALITY_NOT_NORWEGIAN: 422,
  MUNICIPALITY_NOT_FOUND: 422,
  FUNDING_SOURCE_UNKNOWN: 422,
  PERIOD_INVALID: 422,
  LANGUAGE_NOT_SUPPORTED: 422,
  STATUS_TRANSITION_INVALID: 409,
  IN_USE_BY_PARTNERSHIP: 409,
  LIMIT_BELOW_EXISTING: 409,
  MUNICIPALITY_DUPLICATE: 409,
  ORG_NUMBER_INVALID: 422,
  PARTNERSHIP_CLOSED: 409,
  RISK_TOLERANCE_MISSING: 422,
  RISK_BANDS_INVALID: 422,
  RISK_SCALE_INVALID: 422,
  RISK_REVIEW_DATE_INVALID: 422,
  RISK_RESULT_NOT_FOUND: 422,
  RISK_DATE_IN_FUTURE: 422,
  RESULT_PARENT_INVALID: 422,
  IMPACT_EXISTS: 409,
  RESULT_HAS_DATA: 409,
  INDICATOR_HAS_DATA: 409,
  INDICATOR_LEVEL_INVALID: 422,
  STATEMENT_REQUIRED: 422,
  PURPOSE_NOT_OF_PARTNERSHIP: 422,
  DATES_INVALID: 422,
  SCALE_INVALID: 422,
  YEAR_OUTSIDE_PERIOD: 422,
  TARGET_EXCEEDS_END_TARGET: 422,
  VALUE_OUT_OF_RANGE: 422,
  BASELINE_VALUE_REQUIRED: 422,
  BASELINE_MISSING: 409,
  INVALID_TRANSITION: 409,
  APPLICATION_INCOMPLETE: 422,
  APPLICATION_CONFIRMATION_MISSING: 422,
  APPLICATION_LOCKED: 409,
  AGREEMENT_NOT_READY: 409,
  BUDGET_CEILING_EXCEEDED: 422,
  BUDGET_ADMINISTRATION_SHARE_EXCEEDED: 422,
  BUDGET_CATEGORY_NOT_ELIGIBLE: 422,
  BUDGET_LOCAL_CURRENCY_HOME_SIDE: 422,
  BUDGET_RULES_INVALID: 422,
  CURRENCY_UNKNOWN: 422,
  EXCHANGE_RATE_INVALID: 422,
  REVISION_REASON_REQUIRED: 422,
  PROGRAMME_FUNDS_EXCEEDED: 409,
  INSTALMENT_SPLIT_MISMATCH: 422,
  INSTALMENT_LOCKED: 409,
  REPORT_OVERDUE: 409,
  OVERRIDE_REASON_REQUIRED: 422,
  REPORT_INCOMPLETE: 422,
  REPORT_CONFIRMATION_MISSING: 422,
  REPORT_LOCKED: 409,
  AUDIT_MISSING: 409,
  CYCLE_STEP_INVALID: 422,
  CYCLE_STEP_DATE_INVALID: 422,
  CYCLE_REPORT_BEFORE_YEAR_END: 422,
  CYCLE_STEP_UNKNOWN: 422,
  REMINDER_DAYS_INVALID: 422,
  EVENT_TITLE_REQUIRED: 422,
  EVENT_REGISTRATION_CLOSED: 409,
  EVENT_HAS_REGISTRATIONS: 409,
  VALUE_LOCKED: 409,
  DOCUMENT_TYPE_NOT_ALLOWED: 415,
  DOCUMENT_EMPTY: 422,
  DOCUMENT_ARCHIVE_UNSAFE: 422,
  PERSON_IS_SELF: 409,
  LAST_ADMIN: 409,
  PERSON_HAS_RECORDS: 409,
  ALREADY_ANONYMISED: 409,
  DOCUMENT_NOT_FOUND: 422,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  instance: string;
  requestId: string;
  errors: { code: ErrorCode; field?: string; message: string }[];
  /** On a version conflict (409 CONFLICT on `version`): the version the object has now. */
  currentVersion?: number;
}

/** RFC 9457 problem details, with the code and messages in the caller's language. */
export function problemOf(request: FastifyRequest, error: DomainError): ProblemBody {
  const lang = requestLanguage(request);
  // A CONFLICT that names its cause (a duplicate, a value still in use) says that cause, not the generic text.
  const cause = error.code === 'CONFLICT' ? error.violations.find((v) => v.code !== 'CONFLICT') : undefined;
  const detail = cause ? translate(lang, `errors.${cause.code}`, cause.params) : translate(lang, `errors.${error.code}`, error.params);
  const status = statusOf(error.code);
  const currentVersion = currentVersionOf(error);
  return {
    type: `urn:mic:problem:${error.code}`,
    title: detail,
    status,
    code: error.code,
    detail,
    instance: request.url,
    requestId: String(request.id),
    errors: error.violations.map((v) => ({
      code: v.code,
      ...(v.field ? { field: v.field } : {}),
      message: translate(lang, `errors.${v.code}`, v.params),
    })),
    ...(currentVersion === undefined ? {} : { currentVersion }),
  };
}

export const RETRY_AFTER_SECONDS = 5;

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: DomainError) {
  const body = problemOf(request, error);
  // The database is down or restarting: worth trying again shortly (a client may wait this many seconds).
  if (body.code === 'SERVICE_UNAVAILABLE') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/** Turns whatever was thrown into a DomainError; unknown errors become INTERNAL_ERROR. */
export function toDomainError(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const violations: Violation[] = error.validation.map((v) => ({
      code: 'VALIDATION_FAILED',
      field: fieldPath(context, v.instancePath),
    }));
    return new DomainError('VALIDATION_FAILED', { violations });
  }
  const fe = error as Partial<FastifyError> & { type?: string };
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413 || fe.type === 'entity.too.large') {
    return new DomainError('BODY_TOO_LARGE');
  }
  // A path segment longer than any id, or one that is not valid percent-encoding, names no object.
  if (fe.code === 'FST_ERR_MAX_PARAM_LENGTH' || fe.code === 'FST_ERR_BAD_URL') return new DomainError('NOT_FOUND');
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new DomainError('UNSUPPORTED_MEDIA_TYPE');
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
    return new DomainError('MALFORMED_JSON');
  }
  if (fe.statusCode === 429) return new DomainError('RATE_LIMITED');
  if (isDatabaseUnavailable(error)) return new DomainError('SERVICE_UNAVAILABLE');
  if (fe.statusCode === 404) return new DomainError('NOT_FOUND');
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new DomainError('VALIDATION_FAILED');
  }
  return new DomainError('INTERNAL_ERROR');
}

function fieldPath(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (context && context !== 'body') return path ? `${context}.${path}` : context;
  return path || (context ?? '');
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const domain = toDomainError(error);
    if (domain.code === 'SERVICE_UNAVAILABLE') request.log.warn({ err: error }, 'database unavailable');
    if (domain.code === 'INTERNAL_ERROR') {
      if (isResponseSerializationError(error)) request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      else request.log.error({ err: error }, 'unhandled error');
    }
    return sendProblem(request, reply, domain);
  });
}
