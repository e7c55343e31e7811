import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ClueKind, ClueSource } from '@rectify/domain';
import { Loading, Title, useGetOne, useTranslate } from 'react-admin';
import { ProgressBar } from '../../components/progress-bar.js';
import { StatCard } from '../../dashboard/stat-card.js';
import { useDomainLocale } from '../../i18n/use-domain-locale.js';
import type { ClueCounts, ClueFigures } from '../../providers/clue-records.js';
import { DisciplineOnly } from './discipline-only.js';

// Rates are printed as the server formats them (the domain's formatPercent: 87.2%), with both counts beside.

const COLUMNS = [
  'received',
  'concluded',
  'completionRate',
  'caseFiled',
  'caseFilingRate',
  'substantiated',
  'substantiationRate',
  'underWay',
  'duplicates',
] as const;

function cell(c: ClueCounts, column: (typeof COLUMNS)[number]) {
  const value = c[column];
  return typeof value === 'number' ? value : `${value.percent} (${value.part}/${value.whole})`;
}

function FiguresTable({
  title,
  testId,
  rows,
}: {
  title: string;
  testId: string;
  rows: (ClueCounts & { key: string; label: string })[];
}) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        <Table size="small" sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('rectify.clue.figures.group')}</TableCell>
              {COLUMNS.map((c) => (
                <TableCell key={c} align="right">
                  {translate(`rectify.clue.figures.${c}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key} data-row={r.key}>
                <TableCell>{r.label}</TableCell>
                {COLUMNS.map((c) => (
                  <TableCell key={c} align="right" data-figure={c}>
                    {cell(r, c)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/** 办结率、成案率、查实率 of every case, per source and kind, per source, per kind and per responsible body. */
export function ClueFiguresPage() {
  return (
    <DisciplineOnly>
      <Figures />
    </DisciplineOnly>
  );
}

function Figures() {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const { data: f } = useGetOne<ClueFigures & { id: number }>('clueFigures', { id: 0 });
  if (!f) return <Loading />;
  const t = f.total;
  const label = (key: string) => translate(`rectify.clue.figures.${key}`);
  return (
    <Box sx={{ mt: 1 }} data-testid="clue-figures">
      <Title title={label('title')} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <StatCard testId="clue-received" label={label('received')} value={t.received}>
          <Typography variant="caption">
            {label('duplicates')} {t.duplicates}
          </Typography>
        </StatCard>
        <StatCard testId="clue-concluded" label={label('concluded')} value={t.concluded}>
          <ProgressBar closed={t.concluded} total={t.received} width={200} />
          <Typography variant="caption">
            {label('completionRate')} {t.completionRate.percent}
          </Typography>
        </StatCard>
        <StatCard testId="clue-filed" label={label('caseFiled')} value={t.caseFiled}>
          <Typography variant="caption">
            {label('caseFilingRate')} {t.caseFilingRate.percent}
          </Typography>
        </StatCard>
        <StatCard testId="clue-substantiated" label={label('substantiated')} value={t.substantiated}>
          <Typography variant="caption">
            {label('substantiationRate')} {t.substantiationRate.percent}
          </Typography>
        </StatCard>
        <StatCard testId="clue-under-way" tone="warning" label={label('underWay')} value={t.underWay} />
      </Box>
      <FiguresTable
        title="rectify.clue.figures.bySourceAndKind"
        testId="clue-by-source-kind"
        rows={f.bySourceAndKind.map((r) => ({
          ...r,
          key: `${r.source}:${r.kind}`,
          label: `${ClueSource.label(r.source, locale)} · ${ClueKind.label(r.kind, locale)}`,
        }))}
      />
      <FiguresTable
        title="rectify.clue.figures.bySource"
        testId="clue-by-source"
        rows={f.bySource.map((r) => ({ ...r, key: r.source, label: ClueSource.label(r.source, locale) }))}
      />
      <FiguresTable
        title="rectify.clue.figures.byKind"
        testId="clue-by-kind"
        rows={f.byKind.map((r) => ({ ...r, key: r.kind, label: ClueKind.label(r.kind, locale) }))}
      />
      <FiguresTable
        title="rectify.clue.figures.byBody"
        testId="clue-by-body"
        rows={f.byBody.map((r) => ({
          ...r,
          key: String(r.unitId ?? 'none'),
          label: r.unitName ?? label('notRouted'),
        }))}
      />
    </Box>
  );
}
