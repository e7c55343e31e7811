import type { ReactElement, ReactNode } from 'react';
import { useDataProvider, useRecordContext } from 'react-admin';
import { DialogButton } from '../../components/dialog-button.js';
import type { ClueCaseAction } from '../../providers/clue-actions.js';
import type { RectifyDataProvider } from '../../providers/data-provider.js';
import type { ClueRecord } from './clue-record.js';

/** One clue mutation on a case (the one in context unless `target` names another), sending the version read. */
export function ClueActionButton({
  action,
  target,
  ...props
}: {
  action: ClueCaseAction;
  label: string;
  icon: ReactElement;
  testId: string;
  defaultValues?: Record<string, unknown>;
  /** The case acted on, when not the one in context (a duplicate listed on its first intake). */
  target?: { id: number; version: number };
  children?: ReactNode;
}) {
  const clue = useRecordContext<ClueRecord>();
  const dataProvider = useDataProvider<RectifyDataProvider>();
  const on = target ?? clue;
  if (!on) return null;
  return (
    <DialogButton
      {...props}
      done="rectify.clue.saved"
      onSubmit={(values: Record<string, unknown>) =>
        dataProvider.clueCaseAction(action, { ...values, id: on.id, version: on.version })
      }
    />
  );
}
