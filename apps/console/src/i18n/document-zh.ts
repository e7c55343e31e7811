/** The words of document import and the progress report, in Chinese; document-en.ts has the same keys. */
export const documentZh = {
  resources: {
    documentImport: { name: '导入文件' },
  },
  documents: {
    report: {
      button: '生成整改进展通报',
      DOCX: 'Word 文档（.docx）',
      MARKDOWN: 'Markdown 文本（.md）',
      HTML: '可打印网页（.html）',
      failed: '生成通报失败：%{message}',
    },
    background: {
      button: '后台生成',
      ledger: '整改台账（.xlsx）',
      report: '整改进展通报（Word 文档）',
      download: '下载 %{name}',
      failed: '生成失败：%{message}',
    },
    import: {
      title: '从文件导入台账',
      intro:
        '选择反馈意见或整改进展文件（.txt、.md、.docx），系统按编号（一、（一）1.（1）针对“…”问题 一是 二是…）生成问题树草稿。请逐项核对、修改后再导入。',
      pick: '选择文件',
      reading: '正在读取…',
      empty: '文件中没有读到任何问题',
      summary: '%{filename}：问题 %{issues} 个，整改措施 %{tasks} 项',
      warnings: '请核对以下情况',
      title_field: '问题标题',
      measure: '整改措施',
      deleteNode: '删除该问题（含下级）',
      deleteTask: '删除该措施',
      inspection: '导入到巡视轮次',
      commit: '导入台账',
      committing: '正在导入…',
      committed: '已导入问题 %{issues} 个、整改措施 %{tasks} 项',
      refused: '未导入，请修改后重试',
      unreadable: '无法读取文件：%{message}',
      clueFigures: {
        title: '信访举报和问题线索处置数据',
        note: '“%{heading}”一节为处置数据，不列为整改任务，供核对本轮巡视的线索数据。',
        none: '该节未载明具体数据',
      },
    },
  },
};
