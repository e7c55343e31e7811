import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { auditDiff } from './audit-diff.js';
import { useAuditNames } from './audit-names.js';
import { auditValue } from './audit-values.js';

// Audit entities are singular ("task"); labels live under the plural resource.
export const RESOURCE_OF: Record<string, string> = {
  auth: 'users',
  progress: 'progressReports',
  task: 'tasks',
  issue: 'issues',
  unit: 'units',
  leader: 'leaders',
  user: 'users',
  inspection: 'inspections',
  apiClient: 'apiClients',
  progressReport: 'progressReports',
  finding: 'unitFindings',
  clueCase: 'clueCases',
  clueDisclosureRequest: 'clueDisclosureQueue',
  closureRequest: 'closureRequests',
  extensionRequest: 'extensionRequests',
  evidence: 'evidence',
};

/** What an audit event changed, field by field, labelled like the forms. */
export function AuditChanges() {
  const event = useRecordContext<{ entity: string; before: unknown; after: unknown }>();
  const translate = useTranslate();
  const locale = useDomainLocale();
  const nameOf = useAuditNames(event?.entity ?? '', event?.before, event?.after);
  if (!event) return null;
  const resource = RESOURCE_OF[event.entity] ?? event.entity;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {auditDiff(event.before, event.after).map((c) => {
        const show = (v: unknown) => clip(auditValue(event.entity, c.field, v, locale, nameOf));
        return (
          <Typography component="li" variant="body2" key={c.field} sx={{ wordBreak: 'break-all' }}>
            {translate(`resources.${resource}.fields.${c.field}`, { _: c.field })}
            {locale === 'zh' ? '：' : ': '}
            {/* A value that arrives (a creation, a reopen's reason) shows alone; a change as before → after. */}
            {c.before === null ? show(c.after) : `${show(c.before)} → ${show(c.after)}`}
          </Typography>
        );
      })}
    </Box>
  );
}

const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 120)}…` : s);
