import type { SheetRow } from './spreadsheet/sheet-row.js';

// The seed document (the 2018 progress report) the tests parse.
export { readSeedDocument } from './document/testing/seed-path.js';

/** A task row of the ledger sheet with nothing but its key and measure, for tests to edit. */
export const taskRow = (key: string, measure: string, edits: Partial<SheetRow> = {}): SheetRow => ({
  key,
  level: 'task',
  problem: '',
  measure,
  leader: '',
  units: [],
  deadline: null,
  term: null,
  progress: '',
  status: '',
  ...edits,
});
