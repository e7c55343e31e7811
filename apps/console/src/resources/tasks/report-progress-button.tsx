import PostAddIcon from '@mui/icons-material/PostAdd';
import { chinaWeekStartOf } from '@rectify/domain';
import { useRef } from 'react';
import { DateInput, NumberInput, TextInput, useDataProvider, useRecordContext } from 'react-admin';
import { DialogButton } from '../../components/dialog-button.js';
import { EvidenceInput, type PickedFiles, uploadPicked } from '../workflow/evidence-input.js';
import type { TaskRecord } from './task-record.js';

type Report = { period: string; text: string; percent: number; files?: PickedFiles };

/** The lead unit's periodic progress report on a task, with its evidence files. */
export function ReportProgressButton() {
  const task = useRecordContext<TaskRecord>();
  const dataProvider = useDataProvider();
  // A report already saved whose upload was refused: sending again retries the files, not the report.
  const saved = useRef<number | null>(null);
  if (!task) return null;
  const report = async ({ files, ...values }: Report) => {
    if (saved.current == null) {
      const { data } = await dataProvider.create('progressReports', { data: { ...values, taskId: task.id } });
      saved.current = data.id as number;
    }
    await uploadPicked(files, { taskId: task.id, progressReportId: saved.current });
    saved.current = null;
  };
  return (
    <DialogButton<Report>
      label="rectify.task.reportProgress"
      icon={<PostAddIcon />}
      testId="report-progress"
      done="rectify.task.progressReported"
      // Units report weekly, and a period is named by its Monday (China time, whatever the browser's zone).
      defaultValues={{
        period: chinaWeekStartOf(new Date()),
        percent: task.progressReports?.[0]?.percent ?? 0,
      }}
      onSubmit={report}
    >
      <DateInput source="period" resource="progressReports" />
      <NumberInput source="percent" resource="progressReports" min={0} max={100} />
      <TextInput source="text" resource="progressReports" multiline minRows={4} fullWidth />
      <EvidenceInput />
    </DialogButton>
  );
}
