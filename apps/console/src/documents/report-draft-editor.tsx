import { Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import {
  ParagraphChange,
  PublishedReportFormat,
  ReportChange,
  ReportDraftStatus,
  ReportParagraphKind,
} from '@rectify/domain';
import { useCallback, useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { canAccessResource } from '../access/resource-access.js';
import { useSessionUser } from '../access/use-can.js';
import { RecordTable } from '../components/record-table.js';
import type { ResultOf } from '../graphql.js';
import { formatDateTime } from '../i18n/format-date.js';
import { useDomainLocale } from '../i18n/use-domain-locale.js';
import { saveGeneratedFile } from '../providers/files.js';
import { request } from '../providers/graphql-client.js';
import {
  COMPARE,
  DRAFT,
  EDIT,
  FREEZE,
  INSERT,
  PUBLISH,
  PUBLISHED_FILE,
  REMOVE,
  VERSIONS,
} from './report-drafts-operations.js';

type Draft = NonNullable<ResultOf<typeof DRAFT>['reportDraft']>;
type Version = ResultOf<typeof VERSIONS>['reportVersions'][number];
type Diff = ResultOf<typeof COMPARE>['compareReportVersions'][number];
type Payload = { draft: { version: number } | null; errors: readonly { message: string }[] };

/**
 * One draft: every paragraph editable in place (figures shown live, not editable), its versions with a
 * comparison of any two, freezing, publishing and the published files.
 */
export function ReportDraftEditor({
  draftId,
  onChanged,
}: {
  draftId: number;
  onChanged: () => Promise<void>;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useDomainLocale();
  const user = useSessionUser();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [versions, setVersions] = useState<readonly Version[]>([]);
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const [diffs, setDiffs] = useState<readonly Diff[] | null>(null);
  const [adding, setAdding] = useState<{ afterKey: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [{ reportDraft }, { reportVersions }] = await Promise.all([
      request(DRAFT, { id: draftId }),
      request(VERSIONS, { draftId }),
    ]);
    setDraft(reportDraft);
    setVersions(reportVersions);
    setEdits({});
    // By default the latest version against the one before it.
    const last = reportVersions.at(-1)?.number ?? 1;
    setRange((r) => ({ from: r && r.from < last ? r.from : Math.max(1, last - 1), to: last }));
  }, [draftId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!draft) return null;
  const editable = draft.status === 'DRAFT';

  /** Runs a change, then reloads the draft and the list; a refusal is shown with the server's words. */
  const run = async (change: () => Promise<Payload>) => {
    setBusy(true);
    try {
      const result = await change();
      if (result.errors.length > 0) notify(result.errors.map((e) => e.message).join('；'), { type: 'error' });
      else notify('reports.saved', { type: 'info' });
      await Promise.all([load(), onChanged()]);
    } finally {
      setBusy(false);
    }
  };
  const save = (key: string) =>
    run(async () => {
      const text = edits[key] ?? '';
      return (await request(EDIT, { draftId, version: draft.version, key, text })).editReportParagraph;
    });
  const insert = () =>
    adding &&
    run(async () => {
      setAdding(null);
      return (await request(INSERT, { draftId, version: draft.version, ...adding })).insertReportParagraph;
    });
  const remove = (key: string) =>
    run(async () => (await request(REMOVE, { draftId, version: draft.version, key })).removeReportParagraph);
  const freeze = () =>
    run(async () => (await request(FREEZE, { draftId, version: draft.version })).freezeReportDraft);
  const publish = () =>
    run(async () => (await request(PUBLISH, { draftId, version: draft.version })).publishReportDraft);
  const download = async (format: PublishedReportFormat) => {
    saveGeneratedFile((await request(PUBLISHED_FILE, { draftId, format })).publishedReport);
  };
  const compare = async () => {
    if (!range) return;
    setDiffs((await request(COMPARE, { draftId, ...range })).compareReportVersions);
  };

  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="report-editor">
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="h6" sx={{ mr: 2 }}>
          {draft.title}
        </Typography>
        <Chip label={ReportDraftStatus.label(draft.status, locale)} data-testid="report-status" />
        {editable && (
          <Button disabled={busy} onClick={() => void freeze()}>
            {translate('reports.freeze')}
          </Button>
        )}
        {draft.status !== 'PUBLISHED' && canAccessResource(user?.role, 'reportDrafts', 'publish') && (
          <Button variant="contained" disabled={busy} onClick={() => void publish()}>
            {translate('reports.publish')}
          </Button>
        )}
        {draft.status === 'PUBLISHED' &&
          PublishedReportFormat.values.map((format) => (
            <Button key={format} data-format={format} onClick={() => void download(format)}>
              {PublishedReportFormat.label(format, locale)}
            </Button>
          ))}
      </Stack>
      {draft.contentSha256 && (
        <Typography variant="body2" color="text.secondary" data-testid="report-hash">
          SHA-256 {draft.contentSha256}
        </Typography>
      )}
      <Card variant="outlined">
        <CardContent>
          {draft.paragraphs.map((p) => {
            const kind = ReportParagraphKind.label(p.kind, locale);
            if (p.live || !editable)
              return (
                <Box key={p.key} data-key={p.key} sx={{ mb: 1.5 }}>
                  <Typography variant="caption" color="text.secondary">
                    {kind}
                    {p.live && ` · ${translate('reports.live')}`}
                  </Typography>
                  <Typography>{p.text}</Typography>
                </Box>
              );
            const value = edits[p.key] ?? p.text;
            return (
              <Box key={p.key} sx={{ mb: 1.5 }}>
                <Stack direction="row" spacing={1} alignItems="flex-start">
                  <TextField
                    fullWidth
                    multiline
                    size="small"
                    label={kind}
                    value={value}
                    onChange={(e) => setEdits({ ...edits, [p.key]: e.target.value })}
                    slotProps={{ htmlInput: { 'data-key': p.key } }}
                  />
                  {value !== p.text && (
                    <Button disabled={busy} onClick={() => void save(p.key)} data-save={p.key}>
                      {translate('reports.save')}
                    </Button>
                  )}
                  {p.kind === 'TEXT' && (
                    <Button
                      color="error"
                      disabled={busy}
                      onClick={() => void remove(p.key)}
                      data-remove={p.key}
                    >
                      {translate('reports.remove')}
                    </Button>
                  )}
                  <Button
                    disabled={busy}
                    onClick={() => setAdding({ afterKey: p.key, text: '' })}
                    data-add={p.key}
                  >
                    {translate('reports.addAfter')}
                  </Button>
                </Stack>
                {adding?.afterKey === p.key && (
                  <Stack direction="row" spacing={1} alignItems="flex-start" sx={{ mt: 1 }}>
                    <TextField
                      fullWidth
                      multiline
                      size="small"
                      label={translate('reports.newParagraph')}
                      value={adding.text}
                      onChange={(e) => setAdding({ ...adding, text: e.target.value })}
                      slotProps={{ htmlInput: { 'data-testid': 'new-paragraph' } }}
                    />
                    <Button disabled={busy || adding.text.trim() === ''} onClick={() => void insert()}>
                      {translate('reports.add')}
                    </Button>
                  </Stack>
                )}
              </Box>
            );
          })}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1">{translate('reports.history')}</Typography>
          <Box data-testid="report-versions">
            <RecordTable
              rows={versions.map((v) => ({ ...v, id: v.number }))}
              rowProps={(v) => ({ 'data-version': v.number })}
              columns={[
                { header: 'reports.version', cell: (v) => v.number },
                { header: 'reports.change', cell: (v) => ReportChange.label(v.change, locale) },
                { header: 'reports.paragraph', cell: (v) => v.paragraphKey ?? '—' },
                { header: 'reports.author', cell: (v) => v.authorName ?? '—' },
                { header: 'reports.when', cell: (v) => formatDateTime(v.createdAt, locale) },
              ]}
            />
          </Box>
          {range && versions.length > 1 && (
            <Stack direction="row" spacing={1} alignItems="center" sx={{ mt: 2 }}>
              {(['from', 'to'] as const).map((end) => (
                <TextField
                  key={end}
                  select
                  size="small"
                  label={translate(`reports.${end}`)}
                  value={range[end]}
                  onChange={(e) => setRange({ ...range, [end]: Number(e.target.value) })}
                  sx={{ minWidth: 120 }}
                >
                  {versions.map((v) => (
                    <MenuItem key={v.number} value={v.number}>
                      {v.number}
                    </MenuItem>
                  ))}
                </TextField>
              ))}
              <Button onClick={() => void compare()}>{translate('reports.compare')}</Button>
            </Stack>
          )}
          {diffs && (
            <Box data-testid="report-diff" sx={{ mt: 2 }}>
              {diffs.filter((d) => d.change !== 'UNCHANGED').length === 0 && (
                <Typography color="text.secondary">{translate('reports.noDifference')}</Typography>
              )}
              {diffs
                .filter((d) => d.change !== 'UNCHANGED')
                .map((d) => (
                  <Box key={d.key} data-diff={d.key} data-change={d.change} sx={{ mb: 1 }}>
                    <Typography variant="caption">
                      {ParagraphChange.label(d.change, locale)} · {ReportParagraphKind.label(d.kind, locale)}
                    </Typography>
                    {d.before != null && (
                      <Typography sx={{ textDecoration: 'line-through', color: 'error.main' }}>
                        {d.before}
                      </Typography>
                    )}
                    {d.after != null && d.change !== 'REMOVED' && (
                      <Typography sx={{ color: 'success.dark' }}>{d.after}</Typography>
                    )}
                  </Box>
                ))}
            </Box>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
