import { FileGenerationState, GeneratedDocument, ReportFormat } from '@rectify/domain';
import { type FileGenerationView, LedgerSheetKind } from '@rectify/services';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { UserErrorType } from './payload.js';

@InputType('FileGenerationInput', { description: 'A file to generate from the ledger in the background.' })
export class FileGenerationInputType {
  @Field(() => GeneratedDocument.object, { description: 'Which document.' }) document!: GeneratedDocument;
  @Field(() => Int, { description: 'The inspection it is made from.' }) inspectionId!: number;
  @Field(() => ReportFormat.object, { nullable: true, description: 'PROGRESS_REPORT: its format.' })
  reportFormat?: ReportFormat | null;
  @Field(() => LedgerSheetKind.object, { nullable: true, description: 'LEDGER_WORKBOOK: which list.' })
  sheetKind?: LedgerSheetKind | null;
}

@ObjectType('FileGeneration', {
  description:
    'A file being generated for its requester (only they see it); once DONE it downloads from /files/generated/<id>.',
  simpleResolvers: true,
})
export class FileGenerationType implements FileGenerationView {
  @Field(() => Int, { description: 'The request.' }) id!: number;
  @Field(() => GeneratedDocument.object, { description: 'Which document.' }) document!: GeneratedDocument;
  @Field(() => FileGenerationState.object, { description: 'Queued, running, done or failed.' })
  state!: FileGenerationState;
  @Field(() => DateTimeScalar, { description: 'When it was requested.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the file was stored.' })
  completedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The file name, once done.' }) fileName!: string | null;
  @Field(() => String, { nullable: true, description: 'The MIME type, once done.' })
  contentType!: string | null;
  @Field(() => Float, { nullable: true, description: 'The size in bytes, once done.' }) size!: number | null;
  @Field(() => String, { nullable: true, description: 'The last failed attempt’s error, until done.' })
  error!: string | null;
}

@ObjectType('FileGenerationPayload', { description: 'The request as queued.', simpleResolvers: true })
export class FileGenerationPayload {
  @Field(() => FileGenerationType, {
    nullable: true,
    description: 'The request; null when there are errors.',
  })
  fileGeneration!: FileGenerationType | null;
  @Field(() => [UserErrorType], { description: 'Empty when the mutation succeeded.' })
  errors!: UserErrorType[];
}
