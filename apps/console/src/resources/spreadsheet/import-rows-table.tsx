import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportRow } from './spreadsheet-queries.js';

/** The rows an import creates or updates, with the columns it writes and those it leaves to the workflow. */
export function ImportRowsTable({ rows }: { rows: ImportRow[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`rectify.spreadsheet.${key}`);
  return (
    <Table size="small" data-testid="import-rows">
      <TableHead>
        <TableRow>
          <TableCell>{t('errors.row')}</TableCell>
          <TableCell>{t('rows.key')}</TableCell>
          <TableCell>{t('rows.entity')}</TableCell>
          <TableCell>{t('rows.action')}</TableCell>
          <TableCell>{t('rows.changes')}</TableCell>
          <TableCell>{t('rows.ignored')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.row} data-action={r.action}>
            <TableCell>{r.row}</TableCell>
            <TableCell>{r.key}</TableCell>
            <TableCell>{t(`entity.${r.entity}`)}</TableCell>
            <TableCell>
              <Chip
                size="small"
                label={t(`action.${r.action}`)}
                color={r.action === 'CREATE' ? 'success' : 'info'}
              />
            </TableCell>
            <TableCell>{r.changes.join('、')}</TableCell>
            <TableCell>{r.ignored.join('、')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
