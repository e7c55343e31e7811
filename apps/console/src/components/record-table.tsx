import { Table, TableBody, TableCell, type TableCellProps, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** One column of a RecordTable. */
export interface Column<T> {
  /** A translation key; none for a column of buttons. */
  header?: string;
  cell: (row: T) => ReactNode;
  /** Long text: kept as typed (line breaks too) and wrapped at this width in pixels. */
  wrap?: number;
  align?: TableCellProps['align'];
  nowrap?: boolean;
}

/**
 * A small table of records beside react-admin's lists (queues, a record's requests, findings): a row per
 * record, the columns as declared. `rowProps` gives each row the data attributes that tests address it by.
 */
export function RecordTable<T extends { id: number | string }>({
  rows,
  columns,
  rowProps,
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowProps?: (row: T) => Record<`data-${string}`, string | number | undefined>;
}) {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {columns.map((column, i) => (
            <TableCell key={column.header ?? i} align={column.align}>
              {column.header && translate(column.header)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} {...rowProps?.(row)}>
            {columns.map((column, i) => (
              <TableCell key={column.header ?? i} align={column.align} sx={cellSx(column)}>
                {column.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const cellSx = ({ wrap, nowrap }: Column<never>) =>
  wrap ? { whiteSpace: 'pre-wrap', maxWidth: wrap } : nowrap ? { whiteSpace: 'nowrap' } : undefined;
