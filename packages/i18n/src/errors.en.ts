/** Error messages, English: the reference. Every key must exist in errors.nb.ts and errors.es.ts (a test checks). */
export const errorsEn = {
  VALIDATION_FAILED: 'Some fields are missing or invalid.',
  MALFORMED_JSON: 'The request body is not valid JSON.',
  BODY_TOO_LARGE: 'The request is too large.',
  NOT_FOUND: 'Not found.',
  UNAUTHENTICATED: 'Please sign in.',
  FORBIDDEN: 'You do not have permission to do this.',
  CSRF_TOKEN_INVALID: 'Your session token is missing or out of date. Reload the page and try again.',
  RATE_LIMITED: 'Too many attempts. Please wait a few minutes and try again.',
  INVALID_CREDENTIALS: 'The e-mail address or password is wrong.',
  PASSWORD_TOO_WEAK: 'The password must be at least {{min}} characters long and not just one repeated character.',
  PASSWORD_INCORRECT: 'The current password is wrong.',
  EMAIL_TAKEN: 'A user with this e-mail address already exists.',
  INVITATION_INVALID: 'This invitation link is invalid, expired or already used.',
  CONFLICT: 'Someone else changed this in the meantime. Reload and try again.',
  PURPOSE_LIMIT_EXCEEDED: 'A partnership can address at most {{max}} of the programme purposes.',
  PURPOSE_REQUIRED: 'Choose at least one programme purpose.',
  PURPOSE_UNKNOWN: 'The programme purpose "{{purpose}}" does not exist.',
  PARTNER_COUNTRY_NOT_ELIGIBLE: 'The partner municipality must be in an eligible country of the programme ({{country}} is not).',
  PARTNER_MUNICIPALITY_NORWEGIAN: 'The partner municipality cannot be Norwegian.',
  HOME_MUNICIPALITY_NOT_NORWEGIAN: 'The home municipality must be a Norwegian municipality.',
  MUNICIPALITY_NOT_FOUND: 'Choose a municipality from the register.',
  FUNDING_SOURCE_UNKNOWN: 'Choose a funding source of the programme.',
  PERIOD_INVALID: 'The project must end in or after its start year and last at most {{years}} years.',
  LANGUAGE_NOT_SUPPORTED: 'The working language "{{language}}" is not one the programme allows.',
  STATUS_TRANSITION_INVALID: 'The status cannot change from {{from}} to {{to}}.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the request as JSON (Content-Type: application/json).',
  INTERNAL_ERROR: 'Something went wrong on our side. Please try again later.',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ErrorCatalogue = Widen<typeof errorsEn>;
