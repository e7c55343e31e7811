import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import HistoryIcon from '@mui/icons-material/History';
import LoopIcon from '@mui/icons-material/Loop';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import { Typography } from '@mui/material';
import { DateInput, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { useSessionUser } from '../../access/use-can.js';
import { DialogButton } from '../../components/dialog-button.js';
import {
  markTaskOngoing,
  type RequestKind,
  reopenTask,
  requestClosure,
  requestExtension,
  resumeTask,
  withdrawRequest,
} from '../../providers/workflow-api.js';
import { ReportProgressButton } from '../tasks/report-progress-button.js';
import type { TaskRecord } from '../tasks/task-record.js';
import { ClosureEvidenceInput, type PickedFiles, uploadPicked } from './evidence-input.js';
import { ReviewButton } from './review-button.js';
import { pendingClosure, pendingExtension, workflowActions } from './workflow-access.js';

const done = () => undefined;

function Note({ text }: { text: string }) {
  const translate = useTranslate();
  return <Typography sx={{ mb: 1 }}>{translate(text)}</Typography>;
}

/** The lead unit takes back its closure or extension request while it is under review. */
function WithdrawButton({ kind, request }: { kind: RequestKind; request: { id: number; version: number } }) {
  const Kind = kind === 'closure' ? 'Closure' : 'Extension';
  return (
    <DialogButton
      label={`rectify.workflow.withdraw${Kind}`}
      icon={<UndoIcon />}
      testId={`withdraw-${kind}`}
      done="rectify.workflow.withdrawn"
      onSubmit={() => withdrawRequest(kind, request).then(done)}
    >
      <Note text={`rectify.workflow.withdraw${Kind}Note`} />
    </DialogButton>
  );
}

/** The workflow steps the signed-in user may take on the task, and only those (see workflow-access.ts). */
export function TaskWorkflowButtons() {
  const task = useRecordContext<TaskRecord>();
  const user = useSessionUser();
  if (!task) return null;
  const may = workflowActions(user, task);
  const closure = pendingClosure(task);
  const extension = pendingExtension(task);
  const ref = { id: task.id, version: task.version };
  return (
    <>
      {may.has('reportProgress') && <ReportProgressButton />}
      {may.has('requestClosure') && (
        <DialogButton<{ statement: string; files?: PickedFiles }>
          label="rectify.workflow.requestClosure"
          icon={<TaskAltIcon />}
          testId="request-closure"
          done="rectify.workflow.closureRequested"
          errorFields={{ evidence: 'files' }}
          onSubmit={async ({ statement, files }) => {
            // The evidence first: the server asks for it before it takes the request.
            await uploadPicked(files, { taskId: task.id });
            await requestClosure(task.id, statement ?? '');
          }}
        >
          <TextInput
            source="statement"
            label="rectify.workflow.statement"
            validate={required()}
            multiline
            minRows={4}
            fullWidth
          />
          <ClosureEvidenceInput onFile={task.evidence?.length ?? 0} />
        </DialogButton>
      )}
      {may.has('withdrawClosure') && closure && <WithdrawButton kind="closure" request={closure} />}
      {may.has('endorseClosure') && closure && (
        <ReviewButton kind="closure" step="ENDORSEMENT" request={closure} />
      )}
      {may.has('approveClosure') && closure && (
        <ReviewButton kind="closure" step="APPROVAL" request={closure} />
      )}
      {may.has('requestExtension') && (
        <DialogButton<{ proposedDeadline: string; reason: string }>
          label="rectify.workflow.requestExtension"
          icon={<EventRepeatIcon />}
          testId="request-extension"
          done="rectify.workflow.extensionRequested"
          onSubmit={(v) => requestExtension(task.id, v.proposedDeadline ?? '', v.reason ?? '').then(done)}
        >
          <DateInput source="proposedDeadline" label="rectify.workflow.proposedDeadline" />
          <TextInput source="reason" label="rectify.workflow.reason" multiline minRows={3} fullWidth />
        </DialogButton>
      )}
      {may.has('withdrawExtension') && extension && <WithdrawButton kind="extension" request={extension} />}
      {may.has('endorseExtension') && extension && (
        <ReviewButton kind="extension" step="ENDORSEMENT" request={extension} />
      )}
      {may.has('approveExtension') && extension && (
        <ReviewButton kind="extension" step="APPROVAL" request={extension} />
      )}
      {may.has('resume') && (
        <DialogButton
          label="rectify.workflow.resume"
          icon={<PlayArrowIcon />}
          testId="resume-task"
          done="rectify.workflow.resumed"
          onSubmit={() => resumeTask(ref).then(done)}
        >
          <Note text="rectify.workflow.resumeNote" />
        </DialogButton>
      )}
      {may.has('reopen') && (
        <DialogButton<{ reason: string; deadline: string }>
          label="rectify.workflow.reopen"
          icon={<HistoryIcon />}
          testId="reopen-task"
          done="rectify.workflow.reopened"
          onSubmit={(v) =>
            reopenTask({ ...ref, reason: v.reason ?? '', deadline: v.deadline ?? '' }).then(done)
          }
        >
          <TextInput source="reason" label="rectify.workflow.reopenReason" multiline minRows={3} fullWidth />
          <DateInput source="deadline" label="rectify.workflow.reopenDeadline" validate={required()} />
        </DialogButton>
      )}
      {may.has('markOngoing') && (
        <DialogButton<{ comment: string }>
          label="rectify.workflow.markOngoing"
          icon={<LoopIcon />}
          testId="mark-ongoing"
          done="rectify.workflow.markedOngoing"
          onSubmit={(v) => markTaskOngoing({ ...ref, comment: v.comment || null }).then(done)}
        >
          <TextInput source="comment" label="rectify.workflow.comment" multiline minRows={2} fullWidth />
        </DialogButton>
      )}
    </>
  );
}
