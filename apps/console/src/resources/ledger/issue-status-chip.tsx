import { Chip } from '@mui/material';
import { IssueStatus } from '@rectify/domain';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';

const COLOUR: Record<IssueStatus, 'default' | 'info' | 'success' | 'warning'> = {
  NOT_STARTED: 'default',
  IN_PROGRESS: 'info',
  ONGOING: 'warning',
  RECTIFIED: 'success',
};

export function IssueStatusChip({ status }: { status: IssueStatus }) {
  const locale = useDomainLocale();
  return (
    <Chip size="small" variant="outlined" color={COLOUR[status]} label={IssueStatus.label(status, locale)} />
  );
}
