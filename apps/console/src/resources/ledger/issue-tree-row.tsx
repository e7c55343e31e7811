import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, IconButton, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { ProgressBar } from '../../components/progress-bar.js';
import type { TreeNode } from './build-tree.js';
import type { IssueRecord } from './issue-record.js';
import { IssueStatusChip } from './issue-status-chip.js';

/**
 * One node of the feedback tree: its code as printed, its title, and how far its tasks have come. On a phone
 * or tablet the title takes a line of its own (beside four fixed columns it had no room left) and wraps.
 */
export function IssueTreeRow({
  node,
  collapsed,
  onToggle,
}: {
  node: TreeNode<IssueRecord>;
  collapsed: boolean;
  onToggle: (id: number) => void;
}) {
  const translate = useTranslate();
  const { issue, depth, children } = node;
  const f = issue.figures;
  const tasksLink = `/tasks?filter=${encodeURIComponent(JSON.stringify({ issueId: issue.id }))}`;
  return (
    <Box
      role="treeitem"
      aria-level={depth + 1}
      aria-expanded={children.length > 0 ? !collapsed : undefined}
      data-code={issue.code}
      sx={{
        display: 'grid',
        gridTemplateColumns: {
          xs: 'auto minmax(0, 1fr) auto auto',
          md: 'minmax(0, 1fr) 170px 150px 90px 90px',
        },
        alignItems: 'center',
        gap: { xs: 1, md: 1.5 },
        py: 0.75,
        pr: 1,
        pl: { xs: 0.5 + depth * 1.5, md: 1 + depth * 3 },
        borderBottom: '1px solid',
        borderColor: 'divider',
        bgcolor: depth === 0 ? 'action.hover' : undefined,
      }}
    >
      <Box
        sx={{ display: 'flex', alignItems: 'center', minWidth: 0, gridColumn: { xs: '1 / -1', md: 'auto' } }}
      >
        {children.length > 0 ? (
          <IconButton size="small" onClick={() => onToggle(issue.id)} aria-label={issue.code}>
            {collapsed ? <ChevronRightIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
          </IconButton>
        ) : (
          <Box sx={{ width: 34, flexShrink: 0 }} />
        )}
        <Typography
          component={Link}
          to={`/issues/${issue.id}/show`}
          variant="body2"
          sx={{
            fontWeight: depth < 2 ? 600 : 400,
            color: 'text.primary',
            minWidth: 0,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: { xs: 'normal', md: 'nowrap' },
          }}
          title={`${issue.code} ${issue.title}`}
        >
          <Box component="span" className="issue-code" sx={{ mr: 1, color: 'primary.main' }}>
            {issue.code}
          </Box>
          {issue.title}
        </Typography>
      </Box>
      <IssueStatusChip status={issue.status} />
      <Box>
        <Typography variant="caption" className="issue-closed" component="div">
          {f.totalTasks > 0
            ? translate('rectify.ledger.closedOfTotal', { closed: f.closedTasks, total: f.totalTasks })
            : translate('rectify.ledger.noTasks')}
        </Typography>
        <ProgressBar closed={f.closedTasks} total={f.totalTasks} overdue={f.overdueTasks} />
      </Box>
      <Typography
        variant="caption"
        className="issue-overdue"
        sx={{
          color: f.overdueTasks > 0 ? 'error.main' : 'text.secondary',
          fontWeight: f.overdueTasks > 0 ? 600 : 400,
        }}
      >
        {translate('rectify.ledger.overdue', { count: f.overdueTasks })}
      </Typography>
      <Typography variant="caption" component={Link} to={tasksLink}>
        {f.totalTasks > 0 ? translate('rectify.ledger.tasks') : ''}
      </Typography>
    </Box>
  );
}
