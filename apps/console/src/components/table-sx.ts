/** Headers and short cells stay on one line; long text wraps in columns wide enough to read. */
export const TABLE_SX = {
  '& th, & td': { whiteSpace: 'nowrap', verticalAlign: 'top', px: 1 },
  '& td.column-measure': { whiteSpace: 'normal', minWidth: 300 },
  '& td.column-leaderId, & td.column-leadUnitId, & td.column-status': {
    whiteSpace: 'normal',
    minWidth: 90,
    maxWidth: 150,
  },
};
