/** The console's words for spreadsheets in and out (merged into the app's messages by i18n-provider.ts). */
export const spreadsheetZh = {
  resources: { ledgerImport: { name: '导入台账' } },
  rectify: {
    spreadsheet: {
      export: { PROBLEMS: '导出问题清单', TASKS: '导出任务清单', LEDGER: '导出整改台账' },
      import: {
        title: '导入台账（Excel）',
        help: '选择按“序号、问题、整改措施、责任领导、责任单位、完成时限、整改进展、状态”排列的 .xlsx 文件（可先导出整改台账，在其中修改）。序号相同的行更新原记录，新序号的行新增记录；先预览，确认后才写入，任何一行有错则全部不导入。',
        pick: '选择 Excel 文件',
        previewOf: '预览：导入到“%{inspection}”',
        hasErrors: '表格有 %{n} 处错误，不能导入。请修改后重新选择文件。',
        ignoredNote:
          '“整改进展”和“状态”只随导出提供，导入时不改变现有任务（状态经工作流变更；新增任务按表中状态录入）。已确定的完成时限只能通过延期申请变更。',
        confirm: '确认导入',
        done: '已导入到“%{inspection}”。',
      },
      counts: { creates: '新增 %{n} 行', updates: '更新 %{n} 行', unchanged: '不变 %{n} 行' },
      errors: { row: '行', column: '列', message: '问题' },
      rows: { key: '序号', entity: '类型', action: '操作', changes: '写入的列', ignored: '不导入的列' },
      entity: { ISSUE: '反馈问题', TASK: '整改任务' },
      action: { CREATE: '新增', UPDATE: '更新', UNCHANGED: '不变' },
    },
  },
};

export type SpreadsheetMessages = typeof spreadsheetZh;
