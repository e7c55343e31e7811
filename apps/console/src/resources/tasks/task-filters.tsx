import { TaskStatus, TaskTerm, WarningLevel } from '@rectify/domain';
import { DateInput, SearchInput, SelectArrayInput } from 'react-admin';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';
import { LeaderInput, UnitInput } from '../references.js';

/** The filters the office uses daily: unit, leader, status, term, warning colour, deadline range, free text. */
export function useTaskFilters() {
  const status = useEnumChoices(TaskStatus);
  const term = useEnumChoices(TaskTerm);
  const warning = useEnumChoices(WarningLevel);
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <UnitInput key="leadUnitId" source="leadUnitId" alwaysOn />,
    <LeaderInput key="leaderId" source="leaderId" alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={status} sx={{ minWidth: 160 }} alwaysOn />,
    <SelectArrayInput key="warning" source="warning" choices={warning} sx={{ minWidth: 160 }} alwaysOn />,
    <SelectArrayInput key="term" source="term" choices={term} sx={{ minWidth: 160 }} />,
    <DateInput key="deadlineFrom" source="deadlineFrom" />,
    <DateInput key="deadlineTo" source="deadlineTo" />,
    <UnitInput key="unitId" source="unitId" />,
  ];
}
