import { Chip } from '@mui/material';
import { FindingStatus } from '@rectify/domain';
import { useTranslate } from 'react-admin';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import type { FindingRecord } from '../../providers/supervision-api.js';

const COLOUR = { OPEN: 'warning', RESPONDED: 'info', CLOSED: 'success' } as const;

/** A finding's status; past its response date without a response it shows as overdue. */
export function FindingStatusChip({ finding }: { finding: Pick<FindingRecord, 'status' | 'overdue'> }) {
  const locale = useDomainLocale();
  const translate = useTranslate();
  return (
    <>
      <Chip
        size="small"
        variant="outlined"
        color={COLOUR[finding.status]}
        data-status={finding.status}
        label={FindingStatus.label(finding.status, locale)}
      />
      {finding.overdue && (
        <Chip size="small" color="error" sx={{ ml: 0.5 }} label={translate('rectify.supervision.overdue')} />
      )}
    </>
  );
}
