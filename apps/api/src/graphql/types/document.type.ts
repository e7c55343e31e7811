import { IssueKind } from '@rectify/domain';
import type { DraftIssue } from '@rectify/ledger-io';
import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from './payload.js';

@ObjectType('LedgerDraftTask', { description: 'A measure read from a document.', simpleResolvers: true })
export class LedgerDraftTaskType {
  @Field(() => String, { description: '一是, 二是 …; empty when the response is not enumerated.' })
  ordinal!: string;
  @Field(() => String, { description: 'The measure as printed.' }) measure!: string;
}

@ObjectType('LedgerDraftIssue', {
  description:
    'A node of the issue tree read from a document, not yet in the ledger. The tree comes flat, in document order, each node with its depth.',
  simpleResolvers: true,
})
export class LedgerDraftIssueType {
  @Field(() => Int, { description: '1 for a top-level issue (area), 2 for one below it, and so on.' })
  depth!: number;
  @Field(() => String, { description: 'The numbering as printed, in ASCII: 二(一)1.(3).' }) code!: string;
  @Field(() => IssueKind.object, { description: 'By its depth in the tree.' }) kind!: IssueKind;
  @Field(() => String, { description: 'The problem as the inspection team put it, or the heading.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Response text that is not a measure.' })
  responseText!: string | null;
  @Field(() => String, { nullable: true, description: 'Progress stated apart from the measures (整改进展).' })
  progress!: string | null;
  @Field(() => [LedgerDraftTaskType], { description: 'The measures, in document order.' })
  tasks!: LedgerDraftTaskType[];
}

@ObjectType('ParsedLedgerDocument', {
  description: 'A feedback or progress document read into a draft issue tree, for review before import.',
  simpleResolvers: true,
})
export class ParsedLedgerDocumentType {
  @Field(() => String, { nullable: true, description: "The document's title, when it has one." })
  title!: string | null;
  @Field(() => [LedgerDraftIssueType], {
    description: 'The top-level issues (areas), each with its subtree.',
  })
  issues!: LedgerDraftIssueType[];
  @Field(() => [String], {
    description: 'What a reviewer should check: skipped levels, numbering gaps, issues without a response.',
  })
  warnings!: string[];
}

@ObjectType('LedgerDraftImport', { description: 'What an import wrote.', simpleResolvers: true })
class LedgerDraftImportType {
  @Field(() => Int, { description: 'The inspection the issues joined.' }) inspectionId!: number;
  @Field(() => Int, { description: 'Issues created.' }) issues!: number;
  @Field(() => Int, { description: 'Tasks created.' }) tasks!: number;
}

export const LedgerDraftImportPayload = Payload(
  LedgerDraftImportType,
  'LedgerDraftImport',
  'result',
  'The answer to importLedgerDraft: what was written, or why nothing was.',
);

/** The tree flattened in document order: a query for it then has a fixed shape, whatever the depth. */
export function flattenDraft(issues: DraftIssue[], depth = 1): LedgerDraftIssueType[] {
  return issues.flatMap((issue) => [
    {
      depth,
      code: issue.code,
      kind: issue.kind,
      title: issue.title,
      responseText: issue.responseText,
      progress: issue.progress,
      tasks: issue.tasks,
    },
    ...flattenDraft(issue.children, depth + 1),
  ]);
}
