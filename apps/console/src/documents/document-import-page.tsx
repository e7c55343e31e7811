import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  Chip,
  IconButton,
  MenuItem,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { IssueKind, nestDraft, type StatedClueFigures, subtreeEnd } from '@rectify/domain';
import { type ChangeEvent, useState } from 'react';
import { Title, useGetList, useNotify, useStore, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { canAccessResource } from '../access/resource-access.js';
import { useSessionUser } from '../access/use-can.js';
import { graphql, type ResultOf } from '../graphql.js';
import { useDomainLocale } from '../i18n/use-domain-locale.js';
import { fileToBase64 } from '../providers/files.js';
import { request } from '../providers/graphql-client.js';
import type { UserError } from '../providers/user-errors.js';
import { draftPaths } from './draft-paths.js';
import { StatedClueFiguresCard } from './stated-clue-figures-card.js';

const PARSE = graphql(`
  query ParseLedgerDocument($filename: String!, $content: String!) {
    parseLedgerDocument(filename: $filename, contentBase64: $content) {
      title warnings issues { depth code kind title responseText tasks { ordinal measure } }
      clueDisposal { heading text byKind { kind received concluded caseFiled completionPercent caseFilingPercent substantiationPercent } }
    }
  }
`);
const IMPORT = graphql(`
  mutation ImportLedgerDraft($inspectionId: Int!, $draft: LedgerDraftInput!) {
    importLedgerDraft(inspectionId: $inspectionId, draft: $draft) {
      result { issues tasks } errors { field code message }
    }
  }
`);

type DraftNode = ResultOf<typeof PARSE>['parseLedgerDocument']['issues'][number];

/**
 * 从文件导入台账: a document becomes a draft issue tree; the office corrects titles and measures, deletes what
 * does not belong, and commits it into an inspection in one go. Nothing is written before the commit.
 */
export function DocumentImportPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const locale = useDomainLocale();
  const [filename, setFilename] = useState<string | null>(null);
  const [nodes, setNodes] = useState<DraftNode[] | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [clueDisposal, setClueDisposal] = useState<StatedClueFigures | null>(null);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [busy, setBusy] = useState(false);
  const { data: inspections } = useGetList('inspections', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'feedbackDate', order: 'DESC' },
  });
  const [, setLedgerInspection] = useStore<number | null>('ledger.inspectionId', null);
  const [inspectionId, setInspectionId] = useState<number | ''>('');
  const user = useSessionUser();

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setErrors([]);
    try {
      const { parseLedgerDocument: parsed } = await request(PARSE, {
        filename: file.name,
        content: await fileToBase64(file),
      });
      setFilename(file.name);
      setNodes(parsed.issues);
      setWarnings(parsed.warnings);
      setClueDisposal(parsed.clueDisposal);
    } catch (error) {
      notify('documents.import.unreadable', {
        type: 'error',
        messageArgs: { message: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      setBusy(false);
    }
  };

  const edit = (index: number, change: (node: DraftNode) => DraftNode) =>
    setNodes((all) => (all === null ? null : all.map((node, i) => (i === index ? change(node) : node))));
  const removeNode = (index: number) =>
    setNodes((all) => all && [...all.slice(0, index), ...all.slice(subtreeEnd(all, index))]);

  const commit = async () => {
    if (!nodes || inspectionId === '') return;
    setBusy(true);
    try {
      const draft = {
        issues: nestDraft(
          nodes.map(({ depth, code, kind, title, responseText, tasks }) => ({
            depth,
            code,
            kind,
            title,
            responseText,
            tasks: tasks.map(({ ordinal, measure }) => ({ ordinal, measure })),
          })),
        ),
      };
      const { importLedgerDraft: answer } = await request(IMPORT, { inspectionId, draft });
      if (answer.result) {
        notify('documents.import.committed', { type: 'success', messageArgs: answer.result });
        setLedgerInspection(inspectionId);
        navigate('/ledger');
      } else {
        setErrors(answer.errors);
        notify('documents.import.refused', { type: 'error' });
      }
    } finally {
      setBusy(false);
    }
  };

  const paths = nodes ? draftPaths(nodes) : [];
  const errorAt = (field: string) => errors.find((e) => e.field === field)?.message;
  const taskCount = nodes?.reduce((n, node) => n + node.tasks.length, 0) ?? 0;
  const placed = new Set(
    paths.flatMap((p, i) => [`${p}.`, ...nodes![i]!.tasks.map((_, k) => `${p}.tasks[${k}].`)]),
  );
  const unplaced = errors.filter((e) => ![...placed].some((prefix) => e.field.startsWith(prefix)));

  // The menu offers the page to the office alone; a typed URL shows nothing (the API would refuse anyway).
  if (!canAccessResource(user?.role, 'documentImport', 'create')) return null;

  return (
    <Box sx={{ mt: 1, maxWidth: 1100 }}>
      <Title title={translate('documents.import.title')} />
      <Typography sx={{ mb: 2 }} color="text.secondary">
        {translate('documents.import.intro')}
      </Typography>
      <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
        {translate(busy && !nodes ? 'documents.import.reading' : 'documents.import.pick')}
        <input
          hidden
          type="file"
          accept=".txt,.md,.markdown,.docx"
          data-testid="document-file"
          onChange={read}
        />
      </Button>
      {nodes && (
        <>
          <Typography sx={{ mt: 2 }} variant="subtitle1" data-testid="draft-summary">
            {translate('documents.import.summary', { filename, issues: nodes.length, tasks: taskCount })}
          </Typography>
          {warnings.length > 0 && (
            <Alert severity="warning" sx={{ my: 1 }} data-testid="draft-warnings">
              <strong>{translate('documents.import.warnings')}</strong>
              {warnings.map((w) => (
                <div key={w}>{w}</div>
              ))}
            </Alert>
          )}
          {clueDisposal && <StatedClueFiguresCard figures={clueDisposal} />}
          {unplaced.length > 0 && (
            <Alert severity="error" sx={{ my: 1 }}>
              {unplaced.map((e) => (
                <div key={e.field + e.code}>{e.message}</div>
              ))}
            </Alert>
          )}
          {nodes.length === 0 ? (
            <Typography sx={{ my: 2 }}>{translate('documents.import.empty')}</Typography>
          ) : (
            <Card variant="outlined" sx={{ my: 2 }} data-testid="draft-tree">
              {nodes.map((node, i) => (
                <Box
                  key={`${paths[i]}-${node.code}`}
                  data-code={node.code}
                  sx={{ pl: 2 + (node.depth - 1) * 3, pr: 1, py: 1, borderBottom: 1, borderColor: 'divider' }}
                >
                  <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                    <Chip size="small" label={node.code} sx={{ mt: 1 }} />
                    <Chip
                      size="small"
                      variant="outlined"
                      label={IssueKind.label(node.kind, locale)}
                      sx={{ mt: 1 }}
                    />
                    <TextField
                      size="small"
                      fullWidth
                      multiline
                      label={translate('documents.import.title_field')}
                      value={node.title}
                      onChange={(e) => edit(i, (n) => ({ ...n, title: e.target.value }))}
                      error={errorAt(`${paths[i]}.title`) != null || errorAt(`${paths[i]}.code`) != null}
                      helperText={errorAt(`${paths[i]}.title`) ?? errorAt(`${paths[i]}.code`)}
                      inputProps={{ 'data-field': 'title' }}
                    />
                    <Tooltip title={translate('documents.import.deleteNode')}>
                      <IconButton
                        aria-label={translate('documents.import.deleteNode')}
                        onClick={() => removeNode(i)}
                      >
                        <DeleteIcon />
                      </IconButton>
                    </Tooltip>
                  </Box>
                  {node.tasks.map((task, k) => (
                    <Box key={`${k}-${task.ordinal}`} sx={{ display: 'flex', gap: 1, mt: 1, ml: 4 }}>
                      <TextField
                        size="small"
                        fullWidth
                        multiline
                        label={`${translate('documents.import.measure')} ${task.ordinal}`}
                        value={task.measure}
                        onChange={(e) =>
                          edit(i, (n) => ({
                            ...n,
                            tasks: n.tasks.map((t, j) => (j === k ? { ...t, measure: e.target.value } : t)),
                          }))
                        }
                        error={errorAt(`${paths[i]}.tasks[${k}].measure`) != null}
                        helperText={errorAt(`${paths[i]}.tasks[${k}].measure`)}
                        inputProps={{ 'data-field': 'measure' }}
                      />
                      <Tooltip title={translate('documents.import.deleteTask')}>
                        <IconButton
                          aria-label={translate('documents.import.deleteTask')}
                          onClick={() => edit(i, (n) => ({ ...n, tasks: n.tasks.filter((_, j) => j !== k) }))}
                        >
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </Box>
                  ))}
                </Box>
              ))}
            </Card>
          )}
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 4 }}>
            <TextField
              select
              size="small"
              label={translate('documents.import.inspection')}
              value={inspectionId}
              onChange={(e) => setInspectionId(Number(e.target.value))}
              sx={{ minWidth: 360 }}
              SelectProps={{ inputProps: { 'data-testid': 'import-inspection' } }}
            >
              {(inspections ?? []).map((i) => (
                <MenuItem key={i.id} value={i.id}>
                  {i.name}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="contained"
              disabled={busy || inspectionId === '' || nodes.length === 0}
              onClick={() => void commit()}
            >
              {translate(busy ? 'documents.import.committing' : 'documents.import.commit')}
            </Button>
          </Box>
        </>
      )}
    </Box>
  );
}
