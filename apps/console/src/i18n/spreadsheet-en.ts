import type { SpreadsheetMessages } from './spreadsheet-zh.js';

export const spreadsheetEn: SpreadsheetMessages = {
  resources: { ledgerImport: { name: 'Import ledger' } },
  rectify: {
    spreadsheet: {
      export: { PROBLEMS: 'Export problem list', TASKS: 'Export task list', LEDGER: 'Export ledger' },
      import: {
        title: 'Import the ledger (Excel)',
        help: 'Pick an .xlsx file with the columns 序号, 问题, 整改措施, 责任领导, 责任单位, 完成时限, 整改进展, 状态 (export the ledger and edit it, for instance). A row whose 序号 exists updates that record; a new 序号 creates one. You see a preview first; nothing is written before you confirm, and nothing at all if any row has an error.',
        pick: 'Choose an Excel file',
        previewOf: 'Preview: importing into “%{inspection}”',
        hasErrors:
          'The sheet has %{n} errors and cannot be imported. Correct them and choose the file again.',
        ignoredNote:
          'Progress (整改进展) and status (状态) are exported only: an import does not change them on existing tasks (statuses move through the workflow; new tasks take the status in the sheet). A deadline already set moves only through an extension request.',
        confirm: 'Import',
        done: 'Imported into “%{inspection}”.',
      },
      counts: { creates: '%{n} new', updates: '%{n} updated', unchanged: '%{n} unchanged' },
      errors: { row: 'Row', column: 'Column', message: 'Problem' },
      rows: {
        key: 'No.',
        entity: 'Record',
        action: 'Action',
        changes: 'Columns written',
        ignored: 'Columns not imported',
      },
      entity: { ISSUE: 'Issue', TASK: 'Task' },
      action: { CREATE: 'Create', UPDATE: 'Update', UNCHANGED: 'Unchanged' },
    },
  },
};
