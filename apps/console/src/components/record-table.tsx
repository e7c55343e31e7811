import {
  Box,
  Stack,
  Table,
  TableBody,
  TableCell,
  type TableCellProps,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useNarrowScreen } from './use-narrow-screen.js';

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

interface RecordTableProps<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  /** Data attributes of each row (card), which tests address it by. */
  rowProps?: (row: T) => Record<`data-${string}`, string | number | undefined>;
}

/**
 * A small table of records beside react-admin's lists (queues, a record's requests, findings): a row per
 * record, the columns as declared. `rowProps` gives each row the data attributes that tests address it by.
 * On a phone or tablet each record is a card instead: its fields one under another, its buttons last.
 */
export function RecordTable<T extends { id: number | string }>({
  rows,
  columns,
  rowProps,
}: RecordTableProps<T>) {
  const translate = useTranslate();
  if (useNarrowScreen()) return <RecordCards rows={rows} columns={columns} rowProps={rowProps} />;
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

function RecordCards<T extends { id: number | string }>({ rows, columns, rowProps }: RecordTableProps<T>) {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      {rows.map((row) => (
        <Box
          key={row.id}
          {...rowProps?.(row)}
          sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, overflowWrap: 'anywhere' }}
        >
          {columns.map((column, i) =>
            column.header ? (
              <Box key={column.header ?? i} sx={{ mb: 0.75 }}>
                <Typography variant="caption" color="text.secondary" component="div">
                  {translate(column.header)}
                </Typography>
                <Box sx={{ whiteSpace: column.wrap ? 'pre-wrap' : undefined }}>{column.cell(row)}</Box>
              </Box>
            ) : (
              <Box
                key={column.header ?? i}
                sx={{ display: 'flex', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1 }}
              >
                {column.cell(row)}
              </Box>
            ),
          )}
        </Box>
      ))}
    </Stack>
  );
}
