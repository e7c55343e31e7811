import { FileField, FileInput } from 'react-admin';
import { uploadEvidence } from '../../providers/files.js';

/** The files a form picked (react-admin's FileInput keeps each as `{ rawFile }`). */
export type PickedFiles = { rawFile: File }[] | undefined;

/** A picker for evidence files (PDF, OFD, Word, Excel, images, text; at most 20 MB each). */
export function EvidenceInput({ source = 'files' }: { source?: string }) {
  return (
    <FileInput
      source={source}
      label="rectify.workflow.evidence"
      helperText="rectify.workflow.evidenceHint"
      multiple
      accept={{
        'application/pdf': ['.pdf'],
        'application/ofd': ['.ofd'],
        'image/*': ['.jpg', '.jpeg', '.png'],
        'application/msword': ['.doc'],
        'application/vnd.ms-excel': ['.xls'],
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
        'text/plain': ['.txt'],
      }}
    >
      <FileField source="src" title="title" />
    </FileInput>
  );
}

/** Uploads the picked files one by one; the first refusal stops and names the file. */
export async function uploadPicked(
  files: PickedFiles,
  target: { taskId: number; progressReportId?: number | null },
): Promise<void> {
  for (const file of files ?? []) await uploadEvidence(file.rawFile, target);
}
