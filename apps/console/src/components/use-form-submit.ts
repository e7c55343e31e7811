import { useNotify } from 'react-admin';
import type { ApiError } from '../providers/api-error.js';
import { placeSubmissionErrors, type SubmissionErrors } from './submission-errors.js';

/**
 * A form's onSubmit around a save: a refusal becomes react-admin's submission errors (each message under its
 * field, the whole in the notification) and the form keeps what was typed, ready to be corrected and sent
 * again; someone else acting first (CONFLICT) is said plainly. Errors that concern no field of the form are
 * notified. `aliases` renames the server's fields to the form's (e.g. `evidence` → `files`).
 */
export function useFormSubmit<T>(
  save: (values: T) => Promise<void>,
  aliases?: Readonly<Record<string, string>>,
) {
  const notify = useNotify();
  return async (values: Record<string, unknown>) => {
    try {
      await save(values as T);
    } catch (error) {
      const { body, code } = error as ApiError;
      // The fields the form submitted are the ones it shows (and its defaults).
      const errors = body?.errors
        ? placeSubmissionErrors(body.errors as SubmissionErrors, new Set(Object.keys(values)), aliases)
        : undefined;
      if (code === 'CONFLICT') return { ...errors, root: { serverError: 'rectify.form.conflict' } };
      // A refusal with no field of the form to sit under: say it too, since react-admin notifies root
      // errors only when they are present as the submit starts.
      if (!errors || Object.keys(errors).every((key) => key === 'root'))
        notify(errors?.root?.serverError ?? (error as Error).message, { type: 'error' });
      return errors;
    }
  };
}
