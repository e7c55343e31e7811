import { IssueKind, ProblemLead } from '@rectify/domain';
import type { LedgerDraft, LedgerDraftIssue, LedgerDraftTask } from '@rectify/services';
import { Field, InputType } from 'type-graphql';

@InputType('LedgerDraftTaskInput', { description: 'A measure of the reviewed draft.' })
export class LedgerDraftTaskInputType implements LedgerDraftTask {
  @Field(() => String, { nullable: true, description: '一是, 二是 …; empty or null when not enumerated.' })
  ordinal?: string | null;
  @Field(() => String, { description: 'The measure.' }) measure!: string;
}

@InputType('LedgerDraftIssueInput', { description: 'A node of the reviewed draft.' })
export class LedgerDraftIssueInputType implements LedgerDraftIssue {
  @Field(() => String, { description: 'The numbering code; unique within the inspection.' }) code!: string;
  @Field(() => IssueKind.object, { description: 'Area, problem or manifestation.' }) kind!: IssueKind;
  @Field(() => String, { description: 'The title.' }) title!: string;
  @Field(() => ProblemLead.object, {
    nullable: true,
    description: '针对 or 关于 as the document opened the item (针对“…”问题); null for a heading.',
  })
  titleLead?: ProblemLead | null;
  @Field(() => String, { nullable: true, description: 'Response text that is not a measure.' })
  responseText?: string | null;
  @Field(() => [LedgerDraftIssueInputType], { description: 'The nodes below, in order.' })
  children!: LedgerDraftIssueInputType[];
  @Field(() => [LedgerDraftTaskInputType], { description: 'The measures, in order.' })
  tasks!: LedgerDraftTaskInputType[];
}

@InputType('LedgerDraftInput', { description: 'A draft issue tree, as reviewed and edited by the office.' })
export class LedgerDraftInputType implements LedgerDraft {
  @Field(() => [LedgerDraftIssueInputType], { description: 'The top-level issues, in order.' })
  issues!: LedgerDraftIssueInputType[];
}
