import { type ReactElement, type ReactNode, useState } from 'react';
import { Button, RecordContextProvider, useNotify, useRefresh } from 'react-admin';
import { FormDialog } from './form-dialog.js';

/**
 * A button opening a FormDialog for one call; on success it says so and refreshes the page's records, on a
 * refusal the dialog stays open with each message under its field. The form sends only what its inputs hold.
 */
export function ActionDialogButton({
  label,
  icon,
  testId,
  defaultValues,
  run,
  done,
  children,
}: {
  label: string;
  icon: ReactElement;
  testId: string;
  defaultValues?: Record<string, unknown>;
  run: (values: Record<string, unknown>) => Promise<void>;
  /** The success message (a translation key). */
  done: string;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const submit = async (values: Record<string, unknown>) => {
    await run(values);
    notify(done, { type: 'success' });
    refresh();
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} data-testid={testId}>
        {icon}
      </Button>
      {/* The form holds only its own inputs, not the fields of the page's record. */}
      {open && (
        <RecordContextProvider value={{}}>
          <FormDialog
            open
            onClose={() => setOpen(false)}
            title={label}
            saveLabel={label}
            defaultValues={defaultValues}
            onSubmit={submit}
          >
            {children}
          </FormDialog>
        </RecordContextProvider>
      )}
    </>
  );
}
