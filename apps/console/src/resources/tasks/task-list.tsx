import { TaskStatus, TaskTerm } from '@rectify/domain';
import { DataTable, List, TextField } from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { clip } from '../../components/clip.js';
import { DateField } from '../../components/date-field.js';
import { EnumField } from '../../components/enum-field.js';
import { TABLE_SX } from '../../components/table-sx.js';
import { useNarrowScreen } from '../../components/use-narrow-screen.js';
import { WarningField } from '../../components/warning-chip.js';
import { leaderLabel } from '../leaders/leader-label.js';
import { BulkAssignButton } from './bulk-assign-button.js';
import { TaskCards } from './task-cards.js';
import { useTaskFilters } from './task-filters.js';
import { TaskListActions } from './task-list-actions.js';

type TaskRow = {
  measure: string;
  leader: { name: string; post: string } | null;
  latestProgress: { percent: number } | null;
};

export function TaskList() {
  const can = useCan();
  const filters = useTaskFilters();
  const narrow = useNarrowScreen();
  return (
    <List
      filters={filters}
      sort={{ field: 'issue.code', order: 'ASC' }}
      perPage={25}
      actions={<TaskListActions />}
      exporter={false}
    >
      {narrow ? (
        <TaskCards />
      ) : (
        <DataTable
          rowClick="show"
          bulkActionButtons={can('task.assign') ? <BulkAssignButton /> : false}
          sx={TABLE_SX}
        >
          <DataTable.Col source="issue.code" />
          <DataTable.Col source="ordinal" disableSort />
          <DataTable.Col
            source="measure"
            disableSort
            render={(r: TaskRow) => <span className="measure">{clip(r.measure, 60)}</span>}
          />
          <DataTable.Col source="leaderId" disableSort render={(r: TaskRow) => leaderLabel(r.leader)} />
          <DataTable.Col source="leadUnitId" disableSort>
            <TextField source="leadUnit.name" />
          </DataTable.Col>
          <DataTable.Col source="deadline" field={DateField} />
          <DataTable.Col source="term" disableSort>
            <EnumField source="term" enum={TaskTerm} />
          </DataTable.Col>
          <DataTable.Col source="status">
            <EnumField source="status" enum={TaskStatus} />
          </DataTable.Col>
          <DataTable.Col source="warning" disableSort field={WarningField} />
          <DataTable.Col
            source="latestProgress"
            disableSort
            render={(r: TaskRow) => (r.latestProgress ? `${r.latestProgress.percent}%` : '')}
          />
        </DataTable>
      )}
    </List>
  );
}
