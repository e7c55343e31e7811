import { type ColumnKey, cellError, type SheetError } from '@rectify/ledger-io';
import { ServiceError } from '../kernel/errors.js';

/**
 * The column each field of the ledger's use cases is read from, so that an error the use case finds (a text
 * too long, a code taken, a term that does not fit the status) is reported at the cell it came from. A field
 * not listed (the version, say) is the row's as a whole.
 */
const COLUMN_OF_FIELD: Record<'ISSUE' | 'TASK', Record<string, ColumnKey>> = {
  ISSUE: {
    code: 'key',
    parentId: 'key',
    kind: 'key',
    position: 'key',
    title: 'problem',
    responseText: 'measure',
    leadLeaderId: 'leader',
    leadUnitId: 'units',
  },
  TASK: {
    issueId: 'key',
    position: 'key',
    ordinal: 'measure',
    measure: 'measure',
    leaderId: 'leader',
    leadUnitId: 'units',
    coUnitIds: 'units',
    deadline: 'deadline',
    term: 'deadline',
    status: 'status',
  },
};

function sheetErrorsOf(error: ServiceError, entity: 'ISSUE' | 'TASK', row: number): SheetError[] {
  const fieldErrors = error.fieldErrors.length
    ? error.fieldErrors
    : [{ field: '', code: error.code, message: error.label }];
  return fieldErrors.map((e) => {
    const column = COLUMN_OF_FIELD[entity][e.field];
    return column
      ? cellError(row, column, e.code, e.message)
      : { row, column: null, code: e.code, message: e.message };
  });
}

/**
 * Runs one row's write; if the use case refuses it, records its errors at the row's cells and answers
 * undefined. The use case ran in its own savepoint, so the import goes on to check the other rows.
 */
export async function writeRow<T>(
  errors: SheetError[],
  entity: 'ISSUE' | 'TASK',
  row: number,
  write: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    errors.push(...sheetErrorsOf(error, entity, row));
    return undefined;
  }
}
