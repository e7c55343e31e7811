import { ReportFormat } from '@rectify/domain';
import { generateProgressReport, importLedgerDraft, parseLedgerDocument } from '@rectify/services';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { LedgerDraftInputType } from '../inputs/document.input.js';
import { mutation, mutationResolver, returned } from '../mutation.js';
import { flattenDraft, LedgerDraftImportPayload, ParsedLedgerDocumentType } from '../types/document.type.js';
import { GeneratedFile, generatedFile } from '../types/file.type.js';

@Resolver()
export class DocumentResolver {
  @Authorized('ledger.import')
  @Query(() => ParsedLedgerDocumentType, {
    description:
      'Read a feedback or progress document (.txt, .md, .docx) into a draft issue tree. Writes nothing.',
  })
  async parseLedgerDocument(
    @Arg('filename', () => String, { description: 'The file name; its extension says how to read it.' })
    filename: string,
    @Arg('contentBase64', () => String, { description: "The file's bytes, base64-encoded." })
    contentBase64: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const parsed = await parseLedgerDocument(ctx.services(), { filename, contentBase64 });
    const { title, clueDisposal, warnings } = parsed;
    return { title, issues: flattenDraft(parsed.issues), clueDisposal, warnings };
  }

  @Authorized('report.generate')
  @Query(() => GeneratedFile, {
    description:
      'The public progress report (整改进展情况通报) of an inspection, as DOCX, Markdown or printable HTML.',
  })
  async progressReport(
    @Arg('inspectionId', () => Int, { description: 'The inspection reported on.' }) inspectionId: number,
    @Arg('format', () => ReportFormat.object, { description: 'DOCX, MARKDOWN or HTML.' })
    format: ReportFormat,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GeneratedFile> {
    const file = await generateProgressReport(ctx.services(), { inspectionId, format });
    return generatedFile(file.filename, file.mimeType, file.content);
  }
}

export const DocumentMutationsResolver = mutationResolver('DocumentMutationsResolver', {
  importLedgerDraft: mutation({
    useCase: importLedgerDraft,
    input: {
      inspectionId: { type: () => Int, description: 'The inspection the issues join.' },
      draft: { type: () => LedgerDraftInputType, description: 'The draft, as reviewed.' },
    },
    payload: LedgerDraftImportPayload,
    answer: returned('result'),
    description: 'Commit a reviewed draft into an inspection, whole or not at all.',
  }),
});
