import PostAddIcon from '@mui/icons-material/PostAdd';
import { useState } from 'react';
import {
  Button,
  DateInput,
  NumberInput,
  TextInput,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { FormDialog } from '../../components/form-dialog.js';
import type { TaskRecord } from './task-record.js';

type Report = { period: string; text: string; percent: number };

/** The Monday of this week: units report weekly, and a period is named by its first day. */
function thisMonday(now = new Date()): string {
  const day = (now.getDay() + 6) % 7;
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - day);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
}

/** The lead unit's periodic progress report on a task. */
export function ReportProgressButton() {
  const task = useRecordContext<TaskRecord>();
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!task) return null;
  const report = async (values: Report) => {
    await dataProvider.create('progressReports', { data: { ...values, taskId: task.id } });
    notify('rectify.task.progressReported', { type: 'success' });
    refresh();
  };
  return (
    <>
      <Button label="rectify.task.reportProgress" onClick={() => setOpen(true)} data-testid="report-progress">
        <PostAddIcon />
      </Button>
      {open && (
        <FormDialog<Report>
          open
          onClose={() => setOpen(false)}
          title="rectify.task.reportProgress"
          saveLabel="rectify.task.reportProgress"
          defaultValues={{ period: thisMonday(), percent: task.progressReports?.[0]?.percent ?? 0 }}
          onSubmit={report}
        >
          <DateInput source="period" resource="progressReports" />
          <NumberInput source="percent" resource="progressReports" min={0} max={100} />
          <TextInput source="text" resource="progressReports" multiline minRows={4} fullWidth />
        </FormDialog>
      )}
    </>
  );
}
