import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Form,
  SaveButton,
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ApiError } from '../../providers/api-error.js';
import type { RectifyDataProvider } from '../../providers/data-provider.js';
import { LeaderInput, UnitInput } from '../references.js';

/** Select rows → choose a leader and/or lead unit → one bulkAssignTasks call (all or nothing). */
export function BulkAssignButton() {
  const { selectedIds, onUnselectItems } = useListContext();
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider<RectifyDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();

  const submit = async (values: { leaderId?: number | null; leadUnitId?: number | null }) => {
    try {
      // An empty choice is left out, so that each task keeps its own.
      const count = await dataProvider.bulkAssignTasks(selectedIds.map(Number), {
        leaderId: values.leaderId ?? undefined,
        leadUnitId: values.leadUnitId ?? undefined,
      });
      notify('rectify.task.assigned', { type: 'success', messageArgs: { smart_count: count } });
      setOpen(false);
      onUnselectItems();
      refresh();
    } catch (error) {
      const fieldErrors = (error as ApiError).body?.errors;
      if (fieldErrors) return fieldErrors;
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <>
      <Button label="rectify.task.bulkAssign" onClick={() => setOpen(true)} data-testid="bulk-assign">
        <AssignmentIndIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit}>
          <DialogTitle>
            {translate('rectify.task.bulkAssignTitle', { smart_count: selectedIds.length })}
          </DialogTitle>
          <DialogContent>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('rectify.task.bulkAssignHint')}
            </Typography>
            <LeaderInput source="leaderId" label="resources.tasks.fields.leaderId" />
            <UnitInput source="leadUnitId" label="resources.tasks.fields.leadUnitId" />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="rectify.task.assign" alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
