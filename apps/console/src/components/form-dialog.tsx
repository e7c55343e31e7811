import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useTranslate } from 'react-admin';
import type { ApiError } from '../providers/api-error.js';

/**
 * A form in a dialog for the calls that are not plain saves (assign, report progress). The dialog stays open
 * on a refusal, with each message under its field and everything typed still there.
 */
export function FormDialog<T extends Record<string, unknown>>({
  open,
  onClose,
  title,
  defaultValues,
  onSubmit,
  saveLabel,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  defaultValues?: Partial<T>;
  onSubmit: (values: T) => Promise<void>;
  saveLabel: string;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const submit = async (values: Record<string, unknown>) => {
    try {
      await onSubmit(values as T);
      onClose();
    } catch (error) {
      const fieldErrors = (error as ApiError).body?.errors;
      // A refusal of the form as a whole (a stale version) has no field to sit under: say it. (react-admin
      // notifies root errors only when they are present as the submit starts, never after an async save.)
      if (!fieldErrors || Object.keys(fieldErrors).every((k) => k === 'root'))
        notify((error as Error).message, { type: 'error' });
      if (fieldErrors) return fieldErrors;
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <Form onSubmit={submit} defaultValues={defaultValues} noValidate>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label={saveLabel} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
