import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, Form, SaveButton, useTranslate } from 'react-admin';
import { useFormSubmit } from './use-form-submit.js';

/**
 * A form in a dialog for the calls that are not plain saves (assign, report progress, reviews). The dialog stays open
 * on a refusal, with each message under its field and everything typed still there.
 */
const EMPTY = {};

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
  const submit = useFormSubmit<T>(async (values) => {
    await onSubmit(values);
    onClose();
  });
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      {/* Its own record: the values are the dialog's fields, not those of the page's record. */}
      <Form onSubmit={submit} record={EMPTY} defaultValues={defaultValues} noValidate>
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
