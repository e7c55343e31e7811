import ReplyIcon from '@mui/icons-material/Reply';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { SupervisionMethod } from '@rectify/domain';
import { useQuery } from '@tanstack/react-query';
import { Loading, TextInput, Title, useTranslate } from 'react-admin';
import { DialogButton } from '../../components/dialog-button.js';
import { formatDate } from '../../i18n/format-date.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import { respondToFinding, unitFindings } from '../../providers/supervision-api.js';
import { FindingsTable } from './supervision-page.js';

/** 督查意见: the findings about the unit, and its response (整改反馈) to each still open. */
export function UnitFindingsPage() {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const { data } = useQuery({ queryKey: ['unitFindings'], queryFn: unitFindings });
  if (!data) return <Loading />;
  return (
    <Box sx={{ mt: 1 }} data-testid="unit-findings">
      <Title title={translate('resources.unitFindings.name')} />
      {data.length === 0 && (
        <Typography color="text.secondary">{translate('rectify.supervision.none')}</Typography>
      )}
      {data.map((f) => (
        <Card key={f.id} variant="outlined" sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="subtitle2" color="text.secondary">
              {f.groupName} · {formatDate(f.visitDate, locale)} · {SupervisionMethod.label(f.method, locale)}
            </Typography>
            <FindingsTable
              findings={[f]}
              action={(finding) =>
                finding.status === 'OPEN' ? (
                  <DialogButton<{ response: string }>
                    label="rectify.supervision.respond"
                    icon={<ReplyIcon />}
                    testId={`respond-${finding.id}`}
                    done="rectify.supervision.responded"
                    onSubmit={(v) =>
                      respondToFinding({ id: finding.id, response: v.response ?? '' }).then(() => undefined)
                    }
                  >
                    <Typography variant="body2" sx={{ mb: 1, whiteSpace: 'pre-wrap' }}>
                      {finding.text}
                    </Typography>
                    <TextInput
                      source="response"
                      label="rectify.supervision.response"
                      multiline
                      minRows={4}
                      fullWidth
                    />
                  </DialogButton>
                ) : null
              }
            />
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
