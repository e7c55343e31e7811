import {
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ClueKind, type StatedClueFigures, type StatedDisposalFigures } from '@rectify/domain';
import { useTranslate } from 'react-admin';
import { useDomainLocale } from '../i18n/use-domain-locale.js';

// The columns take the clue figures page's labels (rectify.clue.figures.*): the same figures, as stated.
const COLUMNS: [keyof StatedDisposalFigures, string][] = [
  ['received', 'received'],
  ['concluded', 'concluded'],
  ['completionPercent', 'completionRate'],
  ['caseFiled', 'caseFiled'],
  ['caseFilingPercent', 'caseFilingRate'],
  ['substantiationPercent', 'substantiationRate'],
];

/** The clue disposal figures a document states, shown apart from the draft tree: they are not tasks. */
export function StatedClueFiguresCard({ figures }: { figures: StatedClueFigures }) {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const shown = (row: StatedDisposalFigures, key: keyof StatedDisposalFigures) => {
    const value = row[key];
    if (value === null) return '—';
    return key.endsWith('Percent') ? `${value}%` : value;
  };
  return (
    <Card variant="outlined" sx={{ my: 2 }} data-testid="draft-clue-figures">
      <CardContent>
        <Typography variant="subtitle1">{translate('documents.import.clueFigures.title')}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('documents.import.clueFigures.note', { heading: figures.heading })}
        </Typography>
        {figures.byKind.length === 0 ? (
          <Typography variant="body2">{translate('documents.import.clueFigures.none')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('rectify.clue.figures.group')}</TableCell>
                {COLUMNS.map(([key, label]) => (
                  <TableCell key={key} align="right">
                    {translate(`rectify.clue.figures.${label}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {figures.byKind.map((row) => (
                <TableRow key={row.kind} data-kind={row.kind}>
                  <TableCell>{ClueKind.label(row.kind, locale)}</TableCell>
                  {COLUMNS.map(([key]) => (
                    <TableCell key={key} align="right">
                      {shown(row, key)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
