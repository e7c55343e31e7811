import { Chip } from '@mui/material';
import { FilterButton, TopToolbar, useGetOne, useListContext, useTranslate } from 'react-admin';
import { ExportSheetButton } from '../spreadsheet/export-sheet-button.js';

/** The filter button, and the issue the list is narrowed to when opened from the ledger tree. */
export function TaskListActions() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const issueId = filterValues.issueId as number | undefined;
  const { data: issue } = useGetOne('issues', { id: issueId }, { enabled: issueId != null });
  const clearIssue = () => {
    const { issueId: _, ...rest } = filterValues;
    setFilters(rest, displayedFilters);
  };
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      {issueId != null && (
        <Chip
          data-testid="issue-filter"
          label={`${translate('resources.tasks.fields.issue')}:${issue?.code ?? ''} ${issue?.title ?? ''}`}
          onDelete={clearIssue}
          sx={{ maxWidth: 480 }}
        />
      )}
      <FilterButton />
      <ExportSheetButton kind="TASKS" />
    </TopToolbar>
  );
}
