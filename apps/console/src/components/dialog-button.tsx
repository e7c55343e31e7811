import { Button } from '@mui/material';
import { type ReactElement, type ReactNode, useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { FormDialog } from './form-dialog.js';

/**
 * A button that opens a form dialog for one call (a workflow step, a clue action); on success it says so and reloads the page's data.
 * A refusal (a missing reason, someone else acting first) keeps the dialog open with what was typed.
 * Its words show on a phone too (react-admin's button shrinks to a bare icon there): 签字背书 is no icon's meaning.
 */
export function DialogButton<T extends Record<string, unknown>>({
  label,
  icon,
  testId,
  title = label,
  saveLabel = label,
  done,
  defaultValues,
  errorFields,
  wide,
  onSubmit,
  children,
}: {
  label: string;
  icon: ReactElement;
  testId: string;
  title?: string;
  saveLabel?: string;
  /** The success message. */
  done: string;
  defaultValues?: Partial<T>;
  /** The server's field names that this form calls otherwise (see useFormSubmit). */
  errorFields?: Readonly<Record<string, string>>;
  wide?: boolean;
  onSubmit: (values: T) => Promise<void>;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const translate = useTranslate();
  const refresh = useRefresh();
  const submit = async (values: T) => {
    await onSubmit(values);
    notify(done, { type: 'success' });
    refresh();
  };
  return (
    <>
      <Button size="small" startIcon={icon} onClick={() => setOpen(true)} data-testid={testId}>
        {translate(label)}
      </Button>
      {open && (
        <FormDialog<T>
          open
          onClose={() => setOpen(false)}
          title={title}
          saveLabel={saveLabel}
          defaultValues={defaultValues}
          errorFields={errorFields}
          wide={wide}
          onSubmit={submit}
        >
          {children}
        </FormDialog>
      )}
    </>
  );
}
