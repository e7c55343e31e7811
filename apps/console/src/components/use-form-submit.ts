import type { ApiError } from '../providers/api-error.js';

/**
 * A refused save as react-admin's submission errors (each message under its field, the whole in the
 * notification), or undefined when the error concerns no field (then the caller notifies its message).
 * Someone else acting first (CONFLICT) is said plainly; the form keeps what was typed either way.
 */
export function submissionErrors(error: unknown): Record<string, unknown> | undefined {
  const { body, code } = error as ApiError;
  if (code === 'CONFLICT') return { ...body?.errors, root: { serverError: 'rectify.form.conflict' } };
  return body?.errors;
}
