import {
  isLiveParagraph,
  ParagraphChange,
  type ParagraphDiff,
  ReportChange,
  ReportDraftStatus,
  type ReportParagraph,
  ReportParagraphKind,
} from '@rectify/domain';
import type { ReportDraftRow, ReportVersionSummary } from '@rectify/services';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { Payload } from './payload.js';

@ObjectType('ReportParagraph', { description: 'One paragraph of a 通报 draft.', simpleResolvers: true })
export class ReportParagraphType implements ReportParagraph {
  @Field(() => String, { description: 'Stable across versions: what edits and comparisons name.' })
  key!: string;
  @Field(() => ReportParagraphKind.object, { description: "Its place in the report's anatomy." })
  kind!: ReportParagraphKind;
  @Field(() => String, { description: 'The text, full-width punctuation.' }) text!: string;
  @Field(() => Boolean, {
    description:
      'Computed from the ledger and clue records at each read until the draft is frozen; not editable.',
  })
  live!: boolean;
}

export const paragraphOf = (p: { key: string; kind: ReportParagraphKind; text: string }) => ({
  ...p,
  live: isLiveParagraph(p.kind),
});

@ObjectType('ReportDraft', { description: 'A 通报 (progress report) of an inspection as of a date.' })
export class ReportDraftType
  implements Omit<ReportDraftRow, 'createdById' | 'publishedById' | 'docxSha256' | 'htmlSha256'>
{
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The inspection reported on.' }) inspectionId!: number;
  @Field(() => String, { description: 'The 截至 date (YYYY-MM-DD).' }) asOf!: string;
  @Field(() => String, { description: 'The title line when drafted.' }) title!: string;
  @Field(() => ReportDraftStatus.object, {
    description: 'Draft (editable), frozen (figures fixed) or published.',
  })
  status!: ReportDraftStatus;
  @Field(() => Boolean, { description: "Whether the source text's ASCII punctuation was made full-width." })
  normalisePunctuation!: boolean;
  @Field(() => Int, { description: 'The version every change states (optimistic concurrency).' })
  version!: number;
  @Field(() => DateTimeScalar, { description: 'When it was drafted.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When it last changed.' }) updatedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published; null until then.' })
  publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the published paragraphs, as audited.' })
  contentSha256!: string | null;
}

@ObjectType('ReportVersion', {
  description: 'One version of a draft: who changed what, when.',
  simpleResolvers: true,
})
export class ReportVersionType implements Omit<ReportVersionSummary, 'authorId'> {
  @Field(() => Int, { description: 'The version number, from 1.' }) number!: number;
  @Field(() => ReportChange.object, { description: 'What the change was.' }) change!: ReportChange;
  @Field(() => String, { nullable: true, description: 'The paragraph changed; null for the whole draft.' })
  paragraphKey!: string | null;
  @Field(() => String, { nullable: true, description: 'Who made it (null for a removed account).' })
  authorName!: string | null;
  @Field(() => DateTimeScalar, { description: 'When it was made.' }) createdAt!: Date;
}

@ObjectType('ParagraphDiff', {
  description: 'One paragraph of two versions compared.',
  simpleResolvers: true,
})
export class ParagraphDiffType implements ParagraphDiff {
  @Field(() => String, { description: 'The paragraph compared.' }) key!: string;
  @Field(() => ReportParagraphKind.object, { description: "Its place in the report's anatomy." })
  kind!: ReportParagraphKind;
  @Field(() => ParagraphChange.object, { description: 'Added, removed, changed or the same.' })
  change!: ParagraphChange;
  @Field(() => String, { nullable: true, description: 'In the older version; null when added.' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'In the newer version; null when removed.' })
  after!: string | null;
}

export const ReportDraftPayload = Payload(
  ReportDraftType,
  'ReportDraft',
  'draft',
  'The answer to a change of a 通报 draft: the draft as written, or why nothing was.',
);
