import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ReportParagraph } from '@rectify/domain';
import { users } from './access.js';
import { createdAt, id, tracked } from './columns.js';
import { reportChange, reportDraftStatus } from './enums.js';
import { inspections } from './ledger.js';

/** A 通报 draft of one inspection as of a date: edited, frozen, then published (rendered and stored). */
export const reportDrafts = pgTable(
  'report_drafts',
  {
    id: id(),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    status: reportDraftStatus('status').notNull().default('DRAFT'),
    normalisePunctuation: boolean('normalise_punctuation').notNull().default(false),
    createdById: integer('created_by_id').references(() => users.id),
    publishedById: integer('published_by_id').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** sha256 of the published paragraphs (reportContentText), also in the audit log. */
    contentSha256: text('content_hash'),
    /** The rendered files, in the file store. */
    docxSha256: text('docx_sha256'),
    htmlSha256: text('html_sha256'),
    ...tracked(),
  },
  (t) => [index('report_drafts_inspection_idx').on(t.inspectionId, t.asOf)],
);

/** Every version of a draft's paragraphs, whole: who changed what, when. Append-only. */
export const reportDraftVersions = pgTable(
  'report_draft_versions',
  {
    id: id(),
    draftId: integer('draft_id')
      .notNull()
      .references(() => reportDrafts.id),
    number: integer('number').notNull(),
    change: reportChange('change').notNull(),
    /** The paragraph the change was made to; null for a change of the whole draft. */
    paragraphKey: text('paragraph_key'),
    paragraphs: jsonb('paragraphs').$type<ReportParagraph[]>().notNull(),
    authorId: integer('author_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('report_draft_versions_number_idx').on(t.draftId, t.number)],
);
