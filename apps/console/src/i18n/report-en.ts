import type { reportZh } from './report-zh.js';

/** The words of the 通报 workspace, in English. */
export const reportEn: typeof reportZh = {
  resources: {
    reportDrafts: { name: 'Progress reports' },
  },
  reports: {
    title: 'Progress reports (通报)',
    inspection: 'Inspection',
    asOf: 'As of',
    normalise: "Make the source's half-width punctuation full-width",
    create: 'New report draft',
    empty: 'No report drafts yet',
    draftTitle: 'Title',
    status: 'Status',
    version: 'Version',
    live: 'live figures, follow the ledger until frozen',
    save: 'Save',
    saved: 'Saved',
    remove: 'Remove',
    addAfter: 'Add a paragraph after',
    newParagraph: 'New paragraph',
    add: 'Add',
    freeze: 'Freeze',
    publish: 'Publish',
    history: 'History',
    change: 'Change',
    paragraph: 'Paragraph',
    author: 'By',
    when: 'When',
    from: 'Compare version',
    to: 'with version',
    compare: 'Compare',
    noDifference: 'The two versions are the same',
  },
};
