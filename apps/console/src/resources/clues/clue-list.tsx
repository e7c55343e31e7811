import { ClueKind, ClueSource, ClueStatus, DuplicateState, WarningLevel } from '@rectify/domain';
import {
  CreateButton,
  DataTable,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectArrayInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useCan } from '../../access/use-can.js';
import { clip } from '../../components/clip.js';
import { DateField } from '../../components/date-field.js';
import { EnumField } from '../../components/enum-field.js';
import { TABLE_SX } from '../../components/table-sx.js';
import { WarningChip } from '../../components/warning-chip.js';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';
import { leaderLabel } from '../leaders/leader-label.js';
import type { ClueRecord } from './clue-record.js';
import { DisciplineOnly } from './discipline-only.js';

function useClueFilters() {
  const status = useEnumChoices(ClueStatus);
  const source = useEnumChoices(ClueSource);
  const kind = useEnumChoices(ClueKind);
  const warning = useEnumChoices(WarningLevel);
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={status} sx={{ minWidth: 160 }} alwaysOn />,
    <SelectArrayInput key="source" source="source" choices={source} sx={{ minWidth: 160 }} alwaysOn />,
    <SelectArrayInput key="kind" source="kind" choices={kind} sx={{ minWidth: 140 }} alwaysOn />,
    <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
    <SelectArrayInput key="warning" source="warning" choices={warning} sx={{ minWidth: 140 }} />,
    <NullableBooleanInput key="ownedByMe" source="ownedByMe" />,
  ];
}

function ClueListActions() {
  const can = useCan();
  return <TopToolbar>{can('clueCase.write') && <CreateButton label="rectify.clue.intake" />}</TopToolbar>;
}

/** The deadline's colour and the days left or overdue, as the office reads them. */
export function ClueDeadline({ clue }: { clue: ClueRecord }) {
  const translate = useTranslate();
  return (
    <span data-testid="clue-warning" data-warning={clue.warning}>
      <WarningChip level={clue.warning} />
      {clue.daysLeft != null && clue.warning !== 'NONE' && (
        <span style={{ marginLeft: 6 }}>
          {clue.daysLeft >= 0
            ? translate('rectify.clue.daysLeft', { days: clue.daysLeft })
            : translate('rectify.clue.daysOverdue', { days: -clue.daysLeft })}
        </span>
      )}
    </span>
  );
}

/** 线索台账: every case with its deadline colour; soonest deadline first. */
export function ClueList() {
  return (
    <DisciplineOnly>
      <ClueTable />
    </DisciplineOnly>
  );
}

function ClueTable() {
  return (
    <List
      filters={useClueFilters()}
      sort={{ field: 'deadline', order: 'ASC' }}
      perPage={25}
      actions={<ClueListActions />}
      exporter={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false} sx={TABLE_SX}>
        <DataTable.Col source="serial" />
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enum={ClueKind} />
        </DataTable.Col>
        <DataTable.Col source="source" disableSort>
          <EnumField source="source" enum={ClueSource} />
        </DataTable.Col>
        <DataTable.Col source="receivedDate" field={DateField} />
        <DataTable.Col
          source="summary"
          disableSort
          render={(c: ClueRecord) => <span className="measure">{clip(c.summary, 40)}</span>}
        />
        <DataTable.Col source="routedToUnitId" disableSort>
          <TextField source="routedTo.name" />
        </DataTable.Col>
        <DataTable.Col
          source="owningLeaderId"
          disableSort
          render={(c: ClueRecord) => leaderLabel(c.owningLeader)}
        />
        <DataTable.Col source="status">
          <EnumField source="status" enum={ClueStatus} />
        </DataTable.Col>
        <DataTable.Col source="deadline" field={DateField} />
        <DataTable.Col source="warning" disableSort render={(c: ClueRecord) => <ClueDeadline clue={c} />} />
        <DataTable.Col
          source="duplicateState"
          disableSort
          render={(c: ClueRecord) =>
            c.duplicateOf ? <DuplicateLabel state={c.duplicateState} serial={c.duplicateOf.serial} /> : null
          }
        />
      </DataTable>
    </List>
  );
}

function DuplicateLabel({ state, serial }: { state: DuplicateState | null; serial: string }) {
  return (
    <span>
      <EnumField source="state" record={{ state }} enum={DuplicateState} /> → {serial}
    </span>
  );
}
