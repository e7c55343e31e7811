import { Box, Button, Card, MenuItem, TextField as MuiTextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { CreateButton, Loading, Title, useGetList, useStore, useTranslate } from 'react-admin';
import { BackgroundFileButton } from '../../documents/background-file-button.js';
import { ReportButton } from '../../documents/report-button.js';
import { ExportSheetButton } from '../spreadsheet/export-sheet-button.js';
import { buildTree, visibleRows } from './build-tree.js';
import type { IssueRecord } from './issue-record.js';
import { IssueTreeRow } from './issue-tree-row.js';

/** The ledger workspace: the feedback tree of one inspection, numbered as printed, with each node's progress. */
export function LedgerPage() {
  const translate = useTranslate();
  const { data: inspections } = useGetList('inspections', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'feedbackDate', order: 'DESC' },
  });
  const [chosen, setChosen] = useStore<number | null>('ledger.inspectionId', null);
  const inspectionId = chosen ?? inspections?.[0]?.id ?? null;
  const { data: issues, isPending } = useGetList<IssueRecord>(
    'issues',
    {
      filter: { inspectionId },
      sort: { field: 'code', order: 'ASC' },
      pagination: { page: 1, perPage: 100 },
      meta: { all: true },
    },
    { enabled: inspectionId != null },
  );
  const roots = useMemo(() => buildTree(issues ?? []), [issues]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const parents = (issues ?? []).filter((i) => issues?.some((c) => c.parentId === i.id)).map((i) => i.id);

  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('resources.ledger.name')} />
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        {inspections && inspections.length > 1 && (
          <MuiTextField
            select
            size="small"
            label={translate('rectify.ledger.inspection')}
            value={inspectionId ?? ''}
            onChange={(e) => setChosen(Number(e.target.value))}
            sx={{ minWidth: 320 }}
          >
            {inspections.map((i) => (
              <MenuItem key={i.id} value={i.id}>
                {i.name}
              </MenuItem>
            ))}
          </MuiTextField>
        )}
        {inspections?.length === 1 && <Typography variant="subtitle1">{inspections[0]!.name}</Typography>}
        <Box sx={{ flex: 1 }} />
        <ExportSheetButton kind="PROBLEMS" inspectionId={inspectionId} />
        <ExportSheetButton kind="LEDGER" inspectionId={inspectionId} />
        {inspectionId != null && <ReportButton inspectionId={inspectionId} />}
        {inspectionId != null && <BackgroundFileButton inspectionId={inspectionId} />}
        <CreateButton resource="issues" />
        <Button size="small" onClick={() => setCollapsed(new Set())}>
          {translate('rectify.ledger.expandAll')}
        </Button>
        <Button size="small" onClick={() => setCollapsed(new Set(parents))}>
          {translate('rectify.ledger.collapseAll')}
        </Button>
      </Box>
      <Card variant="outlined" role="tree" data-testid="issue-tree" aria-busy={isPending}>
        {isPending && inspectionId != null ? (
          <Loading />
        ) : roots.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {translate('rectify.ledger.empty')}
          </Typography>
        ) : (
          visibleRows(roots, collapsed).map((node) => (
            <IssueTreeRow
              key={node.issue.id}
              node={node}
              collapsed={collapsed.has(node.issue.id)}
              onToggle={toggle}
            />
          ))
        )}
      </Card>
    </Box>
  );
}
