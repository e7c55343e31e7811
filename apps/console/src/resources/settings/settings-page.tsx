import { Box, Card, CardContent, Typography } from '@mui/material';
import { ReportingCadence } from '@rectify/domain';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  Form,
  Loading,
  NumberInput,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormSubmit } from '../../components/use-form-submit.js';
import { formatDate } from '../../i18n/format-date.js';
import { useDomainLocale, useEnumChoices } from '../../i18n/use-domain-locale.js';
import {
  updateReportingSettings,
  updateWarningSettings,
  type WorkflowSettings,
  workflowSettings,
} from '../../providers/workflow-api.js';

/** "7, 3 1" → [7, 3, 1]; anything not a whole number goes to the server as NaN-free input it can name. */
const parseDays = (text: string): number[] =>
  text
    .split(/[\s,,、]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n));

/** One settings form: saves, says so, or keeps the input with each message under its field. */
function SettingsForm<T extends Record<string, unknown>>({
  title,
  testId,
  defaultValues,
  save,
  children,
}: {
  title: string;
  testId: string;
  defaultValues: T;
  save: (values: T) => Promise<unknown>;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const submit = useFormSubmit<T>(async (values) => {
    await save(values);
    notify('rectify.settings.saved', { type: 'success' });
    refresh();
  });
  return (
    <Card variant="outlined" sx={{ mb: 2, maxWidth: 640 }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        <Form onSubmit={submit} defaultValues={defaultValues} noValidate>
          {children}
          <SaveButton alwaysEnable />
        </Form>
      </CardContent>
    </Card>
  );
}

function Forms({ settings }: { settings: WorkflowSettings }) {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const cadences = useEnumChoices(ReportingCadence);
  const { warnings, reporting } = settings;
  return (
    <>
      <SettingsForm
        key={`w${warnings.version}`}
        title="rectify.settings.warnings"
        testId="warning-settings"
        defaultValues={{ yellowDays: warnings.yellowDays, reminderDays: warnings.reminderDays.join(', ') }}
        save={(v: { yellowDays: number; reminderDays: string }) =>
          updateWarningSettings({
            yellowDays: Number(v.yellowDays),
            reminderDays: parseDays(v.reminderDays),
            version: warnings.version,
          })
        }
      >
        <NumberInput
          source="yellowDays"
          label="rectify.settings.yellowDays"
          helperText="rectify.settings.yellowDaysHint"
          min={0}
          max={365}
        />
        <TextInput
          source="reminderDays"
          label="rectify.settings.reminderDays"
          helperText="rectify.settings.reminderDaysHint"
          fullWidth
        />
      </SettingsForm>
      <SettingsForm
        key={`r${reporting.version}`}
        title="rectify.settings.reporting"
        testId="reporting-settings"
        defaultValues={{ cadence: reporting.cadence }}
        save={(v: { cadence: ReportingCadence }) =>
          updateReportingSettings({ cadence: v.cadence, version: reporting.version })
        }
      >
        <SelectInput
          source="cadence"
          label="rectify.settings.cadence"
          choices={cadences}
          helperText={translate('rectify.settings.currentPeriod', {
            date: formatDate(reporting.currentPeriodStart, locale),
          })}
        />
      </SettingsForm>
    </>
  );
}

/** The office's settings: the warning lead times and the reporting cadence. */
export function SettingsPage() {
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ['workflowSettings'], queryFn: workflowSettings });
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('resources.settings.name')} />
      {data ? <Forms settings={data} /> : <Loading />}
    </Box>
  );
}
