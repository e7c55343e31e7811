import { buffer } from 'node:stream/consumers';
import { PublishedReportFormat } from '@rectify/domain';
import {
  compareReportVersions,
  getReportDraft,
  listReportDrafts,
  listReportVersions,
  openPublishedReport,
  type ReportDraftRow,
} from '@rectify/services';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { GeneratedFile, generatedFile } from '../types/file.type.js';
import {
  ParagraphDiffType,
  paragraphOf,
  ReportDraftType,
  ReportParagraphType,
  ReportVersionType,
} from '../types/report-draft.type.js';

const DRAFT_ID = { description: 'The draft.' };

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
}
