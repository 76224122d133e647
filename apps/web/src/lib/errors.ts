import type { TFunction } from 'i18next';
import type { Violation } from '@mic/domain';
import { isApiError } from '../api/client';

/** The message to show for a failed call: the server's own (in the user's language) or ours. */
export function errorText(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    if (error.code === 'NETWORK_ERROR') return t('common.networkError');
    return error.detail || t(`errors.${error.code}`);
  }
  return t('errors.INTERNAL_ERROR');
}

/** Field path → first message, from a problem's errors[]. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const e of error.errors) {
    if (e.field && !(e.field in out)) out[e.field] = e.message;
  }
  return out;
}

/** Field → first translated message, from the domain's violations. */
export function violationMessages(
  t: TFunction,
  violations: Violation[],
  overrides: Partial<Record<string, string>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of violations) {
    const field = v.field ?? '';
    if (field in out) continue;
    out[field] =
      (v.code === 'VALIDATION_FAILED' ? overrides[field] : undefined) ?? t(`errors.${v.code}`, v.params ?? {});
  }
  return out;
}
