import { type ReactElement, type ReactNode, useState } from 'react';
import { Button, useNotify, useRefresh } from 'react-admin';
import { FormDialog } from './form-dialog.js';

/**
 * A button that opens a form dialog for one call (a workflow step, a clue action); on success it says so and reloads the page's data.
 * A refusal (a missing reason, someone else acting first) keeps the dialog open with what was typed.
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
  onSubmit: (values: T) => Promise<void>;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const submit = async (values: T) => {
    await onSubmit(values);
    notify(done, { type: 'success' });
    refresh();
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} data-testid={testId}>
        {icon}
      </Button>
      {open && (
        <FormDialog<T>
          open
          onClose={() => setOpen(false)}
          title={title}
          saveLabel={saveLabel}
          defaultValues={defaultValues}
          errorFields={errorFields}
          onSubmit={submit}
        >
          {children}
        </FormDialog>
      )}
    </>
  );
}
