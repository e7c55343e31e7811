import { TaskTerm } from '@rectify/domain';
import { DateInput, Edit, SelectInput, SimpleForm, TextInput, useRecordContext } from 'react-admin';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';
import type { TaskRecord } from './task-record.js';

function DeadlineInput() {
  const task = useRecordContext<TaskRecord>();
  // A set deadline moves only through an approved extension.
  return <DateInput source="deadline" disabled={task?.deadline != null} />;
}

/** The measure's wording; assignment has its own dialog (a different permission). */
export function TaskEdit() {
  const terms = useEnumChoices(TaskTerm);
  return (
    <Edit mutationMode="pessimistic" queryOptions={{ meta: { detail: true } }} redirect="show">
      <SimpleForm warnWhenUnsavedChanges>
        <TextInput source="ordinal" />
        <TextInput source="measure" multiline minRows={4} fullWidth />
        <TextInput source="target" multiline fullWidth />
        <SelectInput source="term" choices={terms} />
        <DeadlineInput />
      </SimpleForm>
    </Edit>
  );
}
