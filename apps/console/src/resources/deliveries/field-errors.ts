/** A payload's errors by the last segment of their field ("smtp.host" → "host"), "" for the input as a whole. */
export function errorsByField(errors: readonly { field: string; message: string }[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of errors) byField[e.field.split('.').pop() ?? ''] = e.message;
  return byField;
}
