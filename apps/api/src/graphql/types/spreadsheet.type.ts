import { ImportAction } from '@rectify/services';
import { Field, Int, ObjectType } from 'type-graphql';
import { Payload } from './payload.js';

@ObjectType('SpreadsheetError', {
  description: 'One thing wrong with an uploaded spreadsheet, at its row and column.',
  simpleResolvers: true,
})
export class SpreadsheetErrorType {
  @Field(() => Int, {
    nullable: true,
    description: 'The row as Excel numbers it (the header is 1); null for the file.',
  })
  row!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The column letter, A–H; null for a whole row or the file.',
  })
  column!: string | null;
  @Field(() => String, { nullable: true, description: 'The column header, e.g. 完成时限.' })
  header!: string | null;
  @Field(() => String, { description: 'A stable code: REQUIRED, DATE, UNKNOWN_UNIT, EXTENSION_REQUIRED …' })
  code!: string;
  @Field(() => String, { description: "What is wrong, in the caller's language." })
  message!: string;
}

@ObjectType('LedgerImportRow', {
  description: 'What an import does to the record of one row.',
  simpleResolvers: true,
})
export class LedgerImportRowType {
  @Field(() => Int, { description: 'The row as Excel numbers it.' }) row!: number;
  @Field(() => String, { description: '序号: an issue code, or a task key (issue code-place).' })
  key!: string;
  @Field(() => String, { description: 'ISSUE or TASK.' }) entity!: string;
  @Field(() => ImportAction.object, { description: 'Create, update or leave unchanged.' })
  action!: ImportAction;
  @Field(() => [String], { description: 'The headers of the columns the import writes.' }) changes!: string[];
  @Field(() => [String], {
    description: 'Headers of columns that differ from the ledger but that an import does not change (状态).',
  })
  ignored!: string[];
}

@ObjectType('LedgerImportResult', {
  description: 'What importing a spreadsheet does (a preview) or did, row by row.',
  simpleResolvers: true,
})
export class LedgerImportResultType {
  @Field(() => Int, { description: 'The inspection the sheet was read against.' }) inspectionId!: number;
  @Field(() => String, { description: "That inspection's name." }) inspectionName!: string;
  @Field(() => Int, { description: 'Rows that create an issue or a task.' }) creates!: number;
  @Field(() => Int, { description: 'Rows that change an issue or a task.' }) updates!: number;
  @Field(() => Int, { description: 'Rows equal to the ledger.' }) unchanged!: number;
  @Field(() => [LedgerImportRowType], { description: 'Every row of the sheet, in sheet order.' })
  rows!: LedgerImportRowType[];
  @Field(() => [SpreadsheetErrorType], { description: 'Every error; a sheet with errors is not imported.' })
  errors!: SpreadsheetErrorType[];
}

export const LedgerImportPayload = Payload(
  LedgerImportResultType,
  'LedgerImport',
  'result',
  'The answer to an import: the result, or every error (each naming its cell) and nothing written.',
);
