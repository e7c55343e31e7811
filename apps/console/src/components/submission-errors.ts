/** A refusal's errors as react-admin's Form takes them: a message per field, and `root` for the form. */
export type SubmissionErrors = Record<string, unknown> & { root?: { serverError?: string } };

/**
 * The server's field errors placed on the fields this form has: renamed through `aliases` (the server's
 * `evidence` is the dialog's `files`), and any field the form does not have left to the form-level message.
 * An error set on a field without an input would stay in react-hook-form's state after the user corrected
 * the form, and block every later submit ("fields marked red", none shown, nothing sent).
 */
export function placeSubmissionErrors(
  errors: SubmissionErrors,
  fields: ReadonlySet<string>,
  aliases: Readonly<Record<string, string>> = {},
): SubmissionErrors {
  const placed: SubmissionErrors = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(errors)) {
    if (field === 'root') continue;
    const target = aliases[field] ?? field;
    if (fields.has(target)) placed[target] ??= message;
    else unplaced.push(String(message));
  }
  const serverError = errors.root?.serverError ?? (unplaced.length > 0 ? unplaced.join(';') : undefined);
  return serverError === undefined ? placed : { ...placed, root: { serverError } };
}
