import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { FormDialog } from '../../components/form-dialog.js';
import type { RectifyDataProvider } from '../../providers/data-provider.js';
import { LeaderInput, UnitInput, UnitsInput } from '../references.js';
import type { TaskRecord } from './task-record.js';

type Assignment = { leaderId: number | null; leadUnitId: number | null; coUnitIds: number[] };

/** Sets one task's leader, lead unit and co-operating units. */
export function AssignTaskButton() {
  const task = useRecordContext<TaskRecord>();
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider<RectifyDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!task) return null;
  const assign = async (values: Assignment) => {
    await dataProvider.assignTask(task, {
      leaderId: values.leaderId ?? null,
      leadUnitId: values.leadUnitId ?? null,
      coUnitIds: values.coUnitIds ?? [],
    });
    notify('rectify.task.assigned', { type: 'success', messageArgs: { smart_count: 1 } });
    refresh();
  };
  return (
    <>
      <Button label="rectify.task.assign" onClick={() => setOpen(true)} data-testid="assign-task">
        <AssignmentIndIcon />
      </Button>
      {open && (
        <FormDialog<Assignment>
          open
          onClose={() => setOpen(false)}
          title="rectify.task.assignTitle"
          saveLabel="rectify.task.assign"
          defaultValues={{
            leaderId: task.leaderId,
            leadUnitId: task.leadUnitId,
            coUnitIds: task.coUnits.map((u) => u.id),
          }}
          onSubmit={assign}
        >
          <LeaderInput source="leaderId" label="resources.tasks.fields.leaderId" />
          <UnitInput source="leadUnitId" label="resources.tasks.fields.leadUnitId" />
          <UnitsInput source="coUnitIds" label="resources.tasks.fields.coUnitIds" />
        </FormDialog>
      )}
    </>
  );
}
