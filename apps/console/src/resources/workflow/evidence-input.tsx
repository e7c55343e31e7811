import { FileField, FileInput, useTranslate, type Validator } from 'react-admin';
import { uploadEvidence } from '../../providers/files.js';

/** The files a form picked (react-admin's FileInput keeps each as `{ rawFile }`). */
export type PickedFiles = { rawFile: File }[] | undefined;

/** A picker for evidence files (PDF, OFD, Word, Excel, images, text; at most 20 MB each). */
export function EvidenceInput({
  source = 'files',
  helperText = 'rectify.workflow.evidenceHint',
  validate,
}: {
  source?: string;
  helperText?: string;
  validate?: Validator;
}) {
  return (
    <FileInput
      source={source}
      label="rectify.workflow.evidence"
      helperText={helperText}
      validate={validate}
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

/**
 * The evidence picker of a closure request, which the server refuses without evidence on the task: when the
 * task has none yet, the field says so before anything is sent and asks for a file.
 */
export function ClosureEvidenceInput({ onFile }: { onFile: number }) {
  const translate = useTranslate();
  if (onFile > 0)
    return (
      <EvidenceInput helperText={translate('rectify.workflow.evidenceOnFile', { smart_count: onFile })} />
    );
  return (
    <EvidenceInput
      helperText="rectify.workflow.evidenceRequired"
      validate={(files: PickedFiles) => (files?.length ? undefined : 'rectify.workflow.evidenceRequired')}
    />
  );
}

/** Uploads the picked files one by one; the first refusal stops and names the file. */
export async function uploadPicked(
  files: PickedFiles,
  target: { taskId: number; progressReportId?: number | null },
): Promise<void> {
  for (const file of files ?? []) await uploadEvidence(file.rawFile, target);
}
