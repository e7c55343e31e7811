import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { type ChangeEvent, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { fileToBase64 } from '../../providers/files.js';
import { request } from '../../providers/graphql-client.js';
import { ImportRowsTable } from './import-rows-table.js';
import { SheetErrorTable } from './sheet-error-table.js';
import {
  IMPORT_LEDGER,
  type ImportResult,
  PREVIEW_IMPORT,
  type SheetError,
  sheetErrorOf,
} from './spreadsheet-queries.js';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'preview'; fileName: string; content: string; preview: ImportResult }
  | { kind: 'refused'; fileName: string; errors: SheetError[] }
  | { kind: 'done'; fileName: string; result: ImportResult };

/**
 * 导入台账 (office only): pick a workbook → the preview (counts, the rows to create or update, every error) →
 * confirm → the result. Nothing is written before the confirmation, and nothing at all if a row has an error.
 */
export function ImportPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, options?: object) => translate(`rectify.spreadsheet.${key}`, options);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const guarded = async (fileName: string, run: () => Promise<void>) => {
    setStep({ kind: 'busy', fileName });
    try {
      await run();
    } catch (error) {
      setStep({ kind: 'idle' });
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void guarded(file.name, async () => {
      const content = await fileToBase64(file);
      const { previewLedgerImport: preview } = await request(PREVIEW_IMPORT, { content });
      setStep({ kind: 'preview', fileName: file.name, content, preview });
    });
  };

  const confirm = (fileName: string, content: string) =>
    guarded(fileName, async () => {
      const { importLedger } = await request(IMPORT_LEDGER, { content });
      if (importLedger.result) setStep({ kind: 'done', fileName, result: importLedger.result });
      else setStep({ kind: 'refused', fileName, errors: importLedger.errors.map(sheetErrorOf) });
    });

  const counts = (r: ImportResult) => (
    <Stack direction="row" spacing={1} data-testid="import-counts">
      <Chip color="success" label={t('counts.creates', { n: r.creates })} />
      <Chip color="info" label={t('counts.updates', { n: r.updates })} />
      <Chip label={t('counts.unchanged', { n: r.unchanged })} />
    </Stack>
  );

  return (
    <Box sx={{ mt: 1 }}>
      <Title title={t('import.title')} />
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {t('import.help')}
            </Typography>
            <Box>
              <Button
                variant="contained"
                component="label"
                startIcon={<UploadFileIcon />}
                disabled={step.kind === 'busy'}
              >
                {t('import.pick')}
                <input hidden type="file" accept=".xlsx" data-testid="import-file" onChange={pick} />
              </Button>
              {step.kind !== 'idle' && (
                <Typography component="span" sx={{ ml: 2 }}>
                  {step.fileName}
                </Typography>
              )}
            </Box>
            {step.kind === 'preview' && (
              <>
                <Typography variant="subtitle1">
                  {t('import.previewOf', { inspection: step.preview.inspectionName })}
                </Typography>
                {counts(step.preview)}
                {step.preview.errors.length > 0 ? (
                  <>
                    <Alert severity="error">{t('import.hasErrors', { n: step.preview.errors.length })}</Alert>
                    <SheetErrorTable errors={step.preview.errors} />
                  </>
                ) : (
                  <>
                    <Alert severity="info">{t('import.ignoredNote')}</Alert>
                    {step.preview.rows.some((r) => r.action !== 'UNCHANGED') && (
                      <ImportRowsTable rows={step.preview.rows.filter((r) => r.action !== 'UNCHANGED')} />
                    )}
                    <Box>
                      <Button
                        variant="contained"
                        color="primary"
                        data-testid="import-confirm"
                        disabled={step.preview.creates + step.preview.updates === 0}
                        onClick={() => confirm(step.fileName, step.content)}
                      >
                        {t('import.confirm')}
                      </Button>
                    </Box>
                  </>
                )}
              </>
            )}
            {step.kind === 'refused' && (
              <>
                <Alert severity="error">{t('import.hasErrors', { n: step.errors.length })}</Alert>
                <SheetErrorTable errors={step.errors} />
              </>
            )}
            {step.kind === 'done' && (
              <>
                <Alert severity="success" data-testid="import-done">
                  {t('import.done', { inspection: step.result.inspectionName })}
                </Alert>
                {counts(step.result)}
              </>
            )}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
