import {
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { ReportDraftStatus } from '@rectify/domain';
import { useCallback, useEffect, useState } from 'react';
import { Title, useGetList, useNotify, useTranslate } from 'react-admin';
import type { ResultOf } from '../graphql.js';
import { useDomainLocale } from '../i18n/use-domain-locale.js';
import { request } from '../providers/graphql-client.js';
import { ReportDraftEditor } from './report-draft-editor.js';
import { CREATE, DRAFTS } from './report-drafts-operations.js';

type Draft = ResultOf<typeof DRAFTS>['reportDrafts'][number];

const todayInChina = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The 通报 workspace: the drafts, a form for a new one as of a chosen 截至 date, and the selected draft's editor. */
export function ReportDraftsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDomainLocale();
  // null until the first load, so the page can say it is still busy.
  const [drafts, setDrafts] = useState<readonly Draft[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [inspectionId, setInspectionId] = useState<number | ''>('');
  const [asOf, setAsOf] = useState(todayInChina());
  const [normalise, setNormalise] = useState(false);
  const [busy, setBusy] = useState(false);
  const { data: inspections } = useGetList('inspections', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'feedbackDate', order: 'DESC' },
  });

  const reload = useCallback(async () => {
    setDrafts((await request(DRAFTS)).reportDrafts);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const create = async () => {
    if (inspectionId === '') return;
    setBusy(true);
    try {
      const { createReportDraft: result } = await request(CREATE, {
        inspectionId,
        asOf,
        normalisePunctuation: normalise,
      });
      if (result.draft) {
        await reload();
        setSelected(result.draft.id);
      } else notify(result.errors.map((e) => e.message).join('；'), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ p: 2 }} data-testid="report-drafts-page" aria-busy={drafts === null}>
      <Title title={translate('reports.title')} />
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
            <TextField
              select
              size="small"
              label={translate('reports.inspection')}
              value={inspectionId}
              onChange={(e) => setInspectionId(Number(e.target.value))}
              sx={{ minWidth: 320 }}
            >
              {(inspections ?? []).map((i) => (
                <MenuItem key={i.id} value={i.id}>
                  {i.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="date"
              size="small"
              label={translate('reports.asOf')}
              value={asOf}
              onChange={(e) => setAsOf(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'report-as-of' } }}
            />
            <FormControlLabel
              control={<Checkbox checked={normalise} onChange={(e) => setNormalise(e.target.checked)} />}
              label={translate('reports.normalise')}
            />
            <Button variant="contained" disabled={busy || inspectionId === ''} onClick={() => void create()}>
              {translate('reports.create')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      {drafts === null ? null : drafts.length === 0 ? (
        <Typography color="text.secondary">{translate('reports.empty')}</Typography>
      ) : (
        <Table size="small" data-testid="report-drafts">
          <TableHead>
            <TableRow>
              <TableCell>{translate('reports.asOf')}</TableCell>
              <TableCell>{translate('reports.draftTitle')}</TableCell>
              <TableCell>{translate('reports.status')}</TableCell>
              <TableCell>{translate('reports.version')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {drafts.map((d) => (
              <TableRow
                key={d.id}
                hover
                selected={d.id === selected}
                onClick={() => setSelected(d.id)}
                data-draft={d.id}
                sx={{ cursor: 'pointer' }}
              >
                <TableCell>{d.asOf}</TableCell>
                <TableCell>{d.title}</TableCell>
                <TableCell>
                  <Chip size="small" label={ReportDraftStatus.label(d.status, locale)} />
                </TableCell>
                <TableCell>{d.version}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {selected != null && <ReportDraftEditor key={selected} draftId={selected} onChanged={reload} />}
    </Box>
  );
}
