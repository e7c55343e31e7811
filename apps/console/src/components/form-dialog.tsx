import { Dialog, DialogActions, DialogContent, DialogTitle, type Theme, useMediaQuery } from '@mui/material';
import { type ReactNode, useRef, useState } from 'react';
import { Button, Confirm, Form, SaveButton, useTranslate } from 'react-admin';
import { useFormSubmit } from './use-form-submit.js';

/**
 * A form in a dialog for the calls that are not plain saves (assign, report progress, reviews). The dialog stays open
 * on a refusal, with each message under its field and everything typed still there, and can be sent again once
 * corrected. Escape or a click outside closes it at once only when nothing was typed; otherwise it asks first.
 * On a phone it takes the whole screen: a statement and its files need the room.
 */
const EMPTY = {};

export function FormDialog<T extends Record<string, unknown>>({
  open,
  onClose,
  title,
  defaultValues,
  onSubmit,
  saveLabel,
  errorFields,
  wide = false,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  defaultValues?: Partial<T>;
  onSubmit: (values: T) => Promise<void>;
  saveLabel: string;
  /** The server's field names that this form calls otherwise (see useFormSubmit). */
  errorFields?: Readonly<Record<string, string>>;
  /** Room for what is read before deciding (a review's facts and previews). */
  wide?: boolean;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const typed = useRef(false);
  const [confirming, setConfirming] = useState(false);
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const submit = useFormSubmit<T>(async (values) => {
    await onSubmit(values);
    onClose();
  }, errorFields);
  const dismiss = () => (typed.current ? setConfirming(true) : onClose());
  return (
    <Dialog open={open} onClose={dismiss} fullWidth maxWidth={wide ? 'md' : 'sm'} fullScreen={phone}>
      {/* Its own record: the values are the dialog's fields, not those of the page's record. */}
      <Form onSubmit={submit} record={EMPTY} defaultValues={defaultValues} noValidate>
        <DialogTitle>{translate(title)}</DialogTitle>
        {/* Any input's change (typing, a picked file, a chosen date) marks the dialog as holding input. */}
        <DialogContent
          onChangeCapture={() => {
            typed.current = true;
          }}
        >
          {children}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label={saveLabel} alwaysEnable />
        </DialogActions>
      </Form>
      <Confirm
        isOpen={confirming}
        title="rectify.form.discardTitle"
        content="rectify.form.discardContent"
        confirm="rectify.form.discard"
        cancel="rectify.form.keepEditing"
        onConfirm={onClose}
        onClose={() => setConfirming(false)}
      />
    </Dialog>
  );
}
