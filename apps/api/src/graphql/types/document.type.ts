import {
  ClueKind,
  IssueKind,
  ProblemLead,
  type StatedClueFigures,
  type StatedDisposalFigures,
} from '@rectify/domain';
import type { DraftIssue, DraftTask } from '@rectify/ledger-io';
import type { ImportLedgerDraftResult } from '@rectify/services';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Payload } from './payload.js';

@ObjectType('LedgerDraftTask', { description: 'A measure read from a document.', simpleResolvers: true })
export class LedgerDraftTaskType implements DraftTask {
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
  @Field(() => ProblemLead.object, {
    nullable: true,
    description: '针对 or 关于 as the document opened the item (针对“…”问题); null for a heading.',
  })
  titleLead!: ProblemLead | null;
  @Field(() => String, { nullable: true, description: 'Response text that is not a measure.' })
  responseText!: string | null;
  @Field(() => String, { nullable: true, description: 'Progress stated apart from the measures (整改进展).' })
  progress!: string | null;
  @Field(() => [LedgerDraftTaskType], { description: 'The measures, in document order.' })
  tasks!: LedgerDraftTaskType[];
}

@ObjectType('StatedDisposalFigures', {
  description: 'The disposal figures a document states for one kind of case; null where it states none.',
  simpleResolvers: true,
})
class StatedDisposalFiguresType implements StatedDisposalFigures {
  @Field(() => ClueKind.object, { description: 'Petition reports (信访举报件) or problem clues (问题线索).' })
  kind!: ClueKind;
  @Field(() => Int, { nullable: true, description: 'Received (受理, 接收, 移交 …).' }) received!:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'Concluded (办结).' }) concluded!: number | null;
  @Field(() => Int, { nullable: true, description: 'Filed as cases (立案).' }) caseFiled!: number | null;
  @Field(() => Float, { nullable: true, description: '办结率 as printed, in percent (87.2).' })
  completionPercent!: number | null;
  @Field(() => Float, { nullable: true, description: '成案率 as printed, in percent.' })
  caseFilingPercent!: number | null;
  @Field(() => Float, { nullable: true, description: '查实率 as printed, in percent.' })
  substantiationPercent!: number | null;
}

@ObjectType('StatedClueFigures', {
  description:
    "A document's section on the petitions and clues handed over, read as figures: never as issues or tasks.",
  simpleResolvers: true,
})
class StatedClueFiguresType implements StatedClueFigures {
  @Field(() => String, { description: "The section's heading." }) heading!: string;
  @Field(() => String, { description: "The section's text as printed." }) text!: string;
  @Field(() => [StatedDisposalFiguresType], { description: 'The figures per kind of case, petitions first.' })
  byKind!: StatedDisposalFiguresType[];
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
  @Field(() => StatedClueFiguresType, {
    nullable: true,
    description:
      'The figures of the section on petitions and clues handed over, for the office to take as the inspection’s clue figures; null when there is none.',
  })
  clueDisposal!: StatedClueFiguresType | null;
  @Field(() => [String], {
    description: 'What a reviewer should check: skipped levels, numbering gaps, issues without a response.',
  })
  warnings!: string[];
}

@ObjectType('LedgerDraftImport', { description: 'What an import wrote.', simpleResolvers: true })
class LedgerDraftImportType implements ImportLedgerDraftResult {
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
      titleLead: issue.titleLead,
      responseText: issue.responseText,
      progress: issue.progress,
      tasks: issue.tasks,
    },
    ...flattenDraft(issue.children, depth + 1),
  ]);
}
