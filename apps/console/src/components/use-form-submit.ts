import { useNotify } from 'react-admin';
import type { ApiError } from '../providers/api-error.js';

/**
 * A form's onSubmit around a save: a refusal becomes react-admin's submission errors (each message under its
 * field, the whole in the notification) and the form keeps what was typed; someone else acting first
 * (CONFLICT) is said plainly. Errors that concern no field are notified.
 */
export function useFormSubmit<T>(save: (values: T) => Promise<void>) {
  const notify = useNotify();
  return async (values: Record<string, unknown>) => {
    try {
      await save(values as T);
    } catch (error) {
      const { body, code } = error as ApiError;
      if (code === 'CONFLICT') return { ...body?.errors, root: { serverError: 'rectify.form.conflict' } };
      // A refusal of the form as a whole (a stale version) has no field to sit under: say it too, since
      // react-admin notifies root errors only when they are present as the submit starts.
      if (!body?.errors || Object.keys(body.errors).every((key) => key === 'root'))
        notify((error as Error).message, { type: 'error' });
      if (body?.errors) return body.errors;
    }
  };
}
