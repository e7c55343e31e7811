import {
  createReportDraft,
  editReportParagraph,
  freezeReportDraft,
  insertReportParagraph,
  publishReportDraft,
  removeReportParagraph,
} from '@rectify/services';
import { Int } from 'type-graphql';
import { mutation, mutationResolver, returned } from '../mutation.js';
import { ReportDraftPayload } from '../types/report-draft.type.js';

const DRAFT_ID = { type: () => Int, description: 'The draft.' };
const VERSION = { type: () => Int, description: 'The version of the draft the office read.' };
const KEY = { type: () => String, description: 'The paragraph.' };
const TEXT = { type: () => String, description: 'The paragraph’s new text.' };
const draft = returned('draft');

/** The 通报 workspace's writes: each edit is a new version of the draft, stating the version it read. */
export const ReportDraftMutationsResolver = mutationResolver('ReportDraftMutationsResolver', {
  createReportDraft: mutation({
    useCase: createReportDraft,
    input: {
      inspectionId: { type: () => Int, description: 'The inspection to report on.' },
      asOf: {
        type: () => String,
        nullable: true,
        description: 'The 截至 date (YYYY-MM-DD); today if null.',
      },
      normalisePunctuation: {
        type: () => Boolean,
        nullable: true,
        description: "Also make the source text's ASCII punctuation full-width.",
      },
    },
    payload: ReportDraftPayload,
    answer: draft,
    description: 'Draft a 通报 of an inspection as of a date.',
  }),
  editReportParagraph: mutation({
    useCase: editReportParagraph,
    input: { draftId: DRAFT_ID, version: VERSION, key: KEY, text: TEXT },
    payload: ReportDraftPayload,
    answer: draft,
    description: 'Rewrite one paragraph (a new version).',
  }),
  insertReportParagraph: mutation({
    useCase: insertReportParagraph,
    input: {
      draftId: DRAFT_ID,
      version: VERSION,
      afterKey: { type: () => String, description: 'The paragraph the new one follows.' },
      text: TEXT,
    },
    payload: ReportDraftPayload,
    answer: draft,
    description: 'Add a narrative paragraph after another one.',
  }),
  removeReportParagraph: mutation({
    useCase: removeReportParagraph,
    input: { draftId: DRAFT_ID, version: VERSION, key: KEY },
    payload: ReportDraftPayload,
    answer: draft,
    description: 'Remove a narrative paragraph.',
  }),
  freezeReportDraft: mutation({
    useCase: freezeReportDraft,
    input: { draftId: DRAFT_ID, version: VERSION },
    payload: ReportDraftPayload,
    answer: draft,
    description: 'Fix the live figures; the draft takes no more edits.',
  }),
  publishReportDraft: mutation({
    useCase: publishReportDraft,
    input: { draftId: DRAFT_ID, version: VERSION },
    also: (ctx) => ({ files: ctx.files }),
    payload: ReportDraftPayload,
    answer: draft,
    description: 'Publish: freeze, render DOCX and HTML into the file store, audit the content hash.',
  }),
});
