import { buffer } from 'node:stream/consumers';
import { PublishedReportFormat } from '@rectify/domain';
import {
  compareReportVersions,
  createReportDraft,
  editReportParagraph,
  freezeReportDraft,
  getReportDraft,
  insertReportParagraph,
  listReportDrafts,
  listReportVersions,
  openPublishedReport,
  publishReportDraft,
  type ReportDraftRow,
  removeReportParagraph,
} from '@rectify/services';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { payload } from '../mutation.js';
import { GeneratedFile, generatedFile } from '../types/file.type.js';
import {
  ParagraphDiffType,
  paragraphOf,
  ReportDraftPayload,
  ReportDraftType,
  ReportParagraphType,
  ReportVersionType,
} from '../types/report-draft.type.js';

const DRAFT_ID = { description: 'The draft.' };
const VERSION = { description: 'The version of the draft the office read.' };

// Reading: the office drafting reports sees every draft; any holder of report.read (every ledger role, partner
// tokens with REPORT_READ) sees published ones, and a draft not yet published does not exist for them.
@Resolver(() => ReportDraftType)
export class ReportDraftResolver {
  @Authorized('report.read')
  @Query(() => [ReportDraftType], {
    description: '通报 drafts, newest 截至 first; published ones only for readers.',
  })
  reportDrafts(
    @Arg('inspectionId', () => Int, { nullable: true, description: 'Only this inspection’s.' })
    inspectionId: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listReportDrafts(ctx.services(), { inspectionId });
  }

  @Authorized('report.read')
  @Query(() => ReportDraftType, { description: 'One 通报 draft.' })
  async reportDraft(@Arg('id', () => Int, DRAFT_ID) id: number, @Ctx() ctx: GraphQLContext) {
    return (await getReportDraft(ctx.services(), { draftId: id })).draft;
  }

  @FieldResolver(() => [ReportParagraphType], {
    description: 'The paragraphs as they read now: live figures recomputed until the draft is frozen.',
  })
  async paragraphs(@Root() draft: ReportDraftRow, @Ctx() ctx: GraphQLContext) {
    return (await getReportDraft(ctx.services(), { draftId: draft.id })).paragraphs.map(paragraphOf);
  }

  @Authorized('report.generate')
  @Query(() => [ReportVersionType], { description: 'Every version of a draft, oldest first.' })
  reportVersions(@Arg('draftId', () => Int, DRAFT_ID) draftId: number, @Ctx() ctx: GraphQLContext) {
    return listReportVersions(ctx.services(), { draftId });
  }

  @Authorized('report.generate')
  @Query(() => [ParagraphDiffType], {
    description: 'Two versions of a draft compared paragraph by paragraph.',
  })
  compareReportVersions(
    @Arg('draftId', () => Int, DRAFT_ID) draftId: number,
    @Arg('from', () => Int, { description: 'The older version number.' }) from: number,
    @Arg('to', () => Int, { description: 'The newer version number.' }) to: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return compareReportVersions(ctx.services(), { draftId, from, to });
  }

  @Authorized('report.read')
  @Query(() => GeneratedFile, {
    description: 'A published 通报 as stored: GB/T 9704 DOCX or print-ready HTML.',
  })
  async publishedReport(
    @Arg('draftId', () => Int, DRAFT_ID) draftId: number,
    @Arg('format', () => PublishedReportFormat.object, { description: 'DOCX or HTML.' })
    format: PublishedReportFormat,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GeneratedFile> {
    const file = await openPublishedReport(ctx.services(), { draftId, format, files: ctx.files });
    return generatedFile(file.filename, file.mimeType, await buffer(file.stream));
  }

  @Authorized(createReportDraft.permission)
  @Mutation(() => ReportDraftPayload, { description: 'Draft a 通报 of an inspection as of a date.' })
  createReportDraft(
    @Arg('inspectionId', () => Int, { description: 'The inspection to report on.' }) inspectionId: number,
    @Arg('asOf', () => String, { nullable: true, description: 'The 截至 date (YYYY-MM-DD); today if null.' })
    asOf: string | null,
    @Arg('normalisePunctuation', () => Boolean, {
      nullable: true,
      description: "Also make the source text's ASCII punctuation full-width.",
    })
    normalisePunctuation: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('draft', ctx.locale, () =>
      createReportDraft(ctx.services(), { inspectionId, asOf, normalisePunctuation }),
    );
  }

  @Authorized(editReportParagraph.permission)
  @Mutation(() => ReportDraftPayload, { description: 'Rewrite one paragraph (a new version).' })
  editReportParagraph(
    @Arg('draftId', () => Int, DRAFT_ID) draftId: number,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('key', () => String, { description: 'The paragraph.' }) key: string,
    @Arg('text', () => String, { description: 'The paragraph’s new text.' }) text: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('draft', ctx.locale, () =>
      editReportParagraph(ctx.services(), { draftId, version, key, text }),
    );
  }

  @Authorized(insertReportParagraph.permission)
  @Mutation(() => ReportDraftPayload, { description: 'Add a narrative paragraph after another one.' })
  insertReportParagraph(
    @Arg('draftId', () => Int, DRAFT_ID) draftId: number,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('afterKey', () => String, { description: 'The paragraph the new one follows.' }) afterKey: string,
    @Arg('text', () => String, { description: 'The paragraph’s new text.' }) text: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('draft', ctx.locale, () =>
      insertReportParagraph(ctx.services(), { draftId, version, afterKey, text }),
    );
  }

  @Authorized(removeReportParagraph.permission)
  @Mutation(() => ReportDraftPayload, { description: 'Remove a narrative paragraph.' })
  removeReportParagraph(
    @Arg('draftId', () => Int, DRAFT_ID) draftId: number,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('key', () => String, { description: 'The paragraph.' }) key: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('draft', ctx.locale, () =>
      removeReportParagraph(ctx.services(), { draftId, version, key }),
    );
  }

  @Authorized(freezeReportDraft.permission)
  @Mutation(() => ReportDraftPayload, { description: 'Fix the live figures; the draft takes no more edits.' })
  freezeReportDraft(
    @Arg('draftId', () => Int, DRAFT_ID) draftId: number,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('draft', ctx.locale, () => freezeReportDraft(ctx.services(), { draftId, version }));
  }

  @Authorized(publishReportDraft.permission)
  @Mutation(() => ReportDraftPayload, {
    description: 'Publish: freeze, render DOCX and HTML into the file store, audit the content hash.',
  })
  publishReportDraft(
    @Arg('draftId', () => Int, DRAFT_ID) draftId: number,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('draft', ctx.locale, () =>
      publishReportDraft(ctx.services(), { draftId, version, files: ctx.files }),
    );
  }
}
