import { ApiError } from './api-error.js';

/** A mutation payload's error: the input field at fault ("" for the input as a whole) and why. */
export interface UserError {
  field: string;
  code: string;
  message: string;
}

// Not fields the user typed: their errors (a stale version, a vanished record) concern the whole form.
const FORM_LEVEL = new Set(['', 'id', 'version']);

/**
 * A refused mutation as react-admin's validation error: `body.errors` keyed by field puts each message under
 * its input, and `root.serverError` is the notification, which also covers fields the form does not show.
 */
export function userErrorsToApiError(errors: readonly UserError[]): ApiError {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    if (!FORM_LEVEL.has(error.field)) byField[error.field] ??= error.message;
  }
  const message = errors.map((e) => e.message).join(';');
  return new ApiError(
    message,
    400,
    { errors: { ...byField, root: { serverError: message } } },
    errors[0]?.code,
  );
}
