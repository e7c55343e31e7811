import type { IsoDate, TaskStatus, TaskTerm } from '@rectify/domain';
import type { RowKey } from './row-key.js';

/** One row of the layout as the writer takes it: names and labels, already in the office's words. */
export interface SheetRow {
  /** 序号: an issue code or a task key (see row-key.ts). */
  key: string;
  /** Issue rows are set off (bold, shaded) in the ledger, where tasks follow their issue. */
  level: 'issue' | 'task';
  problem: string;
  measure: string;
  leader: string;
  /** The lead unit first, then the co-operating units. */
  units: string[];
  deadline: IsoDate | null;
  term: TaskTerm | null;
  progress: string;
  /** The domain's zh label of the status. */
  status: string;
}

/** One row as the reader understood it, every cell checked on its own; the services check the rest. */
export interface ParsedRow {
  /** The sheet's row number (the header is row 1). */
  row: number;
  key: RowKey;
  problem: string;
  ordinal: string;
  measure: string;
  /** Empty when the cell is empty. */
  leader: string;
  units: string[];
  deadline: IsoDate | null;
  term: TaskTerm | null;
  /** Only tasks have a stored status; null when the cell is empty or the row is an issue's. */
  status: TaskStatus | null;
}
