import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SheetError } from './spreadsheet-queries.js';

/** Every error of a spreadsheet, at its row and column, in the user's language (the API localizes them). */
export function SheetErrorTable({ errors }: { errors: SheetError[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`rectify.spreadsheet.errors.${key}`);
  return (
    <Table size="small" data-testid="import-errors">
      <TableHead>
        <TableRow>
          <TableCell>{t('row')}</TableCell>
          <TableCell>{t('column')}</TableCell>
          <TableCell>{t('message')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {errors.map((e, i) => (
          <TableRow
            key={`${e.row}-${e.column}-${i}`}
            data-cell={e.column && e.row ? `${e.column}${e.row}` : ''}
          >
            <TableCell>{e.row ?? '—'}</TableCell>
            <TableCell>{e.column ? `${e.column}${e.header ? ` ${e.header}` : ''}` : '—'}</TableCell>
            <TableCell>{e.message}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
