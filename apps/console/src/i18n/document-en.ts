import type { documentZh } from './document-zh.js';

/** The words of document import and the progress report, in English. */
export const documentEn: typeof documentZh = {
  resources: {
    documentImport: { name: 'Import a document' },
  },
  documents: {
    report: {
      button: 'Progress report',
      DOCX: 'Word document (.docx)',
      MARKDOWN: 'Markdown (.md)',
      HTML: 'Printable web page (.html)',
      failed: 'The report could not be generated: %{message}',
    },
    background: {
      button: 'Generate in background',
      ledger: 'Ledger (.xlsx)',
      report: 'Progress report (Word)',
      download: 'Download %{name}',
      failed: 'Generation failed: %{message}',
    },
    import: {
      title: 'Import the ledger from a document',
      intro:
        'Pick a feedback or progress document (.txt, .md, .docx): its numbering (一、 （一） 1. （1） 针对“…”问题 一是 二是 …) becomes a draft issue tree. Check and edit it, then import it.',
      pick: 'Pick a file',
      reading: 'Reading…',
      empty: 'No issues were found in the document',
      summary: '%{filename}: %{issues} issues, %{tasks} measures',
      warnings: 'Please check',
      title_field: 'Issue title',
      measure: 'Measure',
      deleteNode: 'Delete this issue (and those below)',
      deleteTask: 'Delete this measure',
      inspection: 'Import into inspection',
      commit: 'Import',
      committing: 'Importing…',
      committed: 'Imported %{issues} issues and %{tasks} measures',
      refused: 'Nothing was imported; correct the draft and try again',
      unreadable: 'The file could not be read: %{message}',
      clueFigures: {
        title: 'Petition and clue disposal figures',
        note: 'The section “%{heading}” gives disposal figures, not rectification tasks: check them against this inspection’s clue figures.',
        none: 'The section states no figures',
      },
    },
  },
};
