import type { Locale } from '@rectify/domain';
import {
  columnRef,
  exportLedgerWorkbook,
  type ImportSummary,
  importLedgerWorkbook,
  LedgerSheetKind,
  previewLedgerImport,
  type SheetError,
} from '@rectify/services';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { mutation, mutationResolver, returned } from '../mutation.js';
import { GeneratedFile, generatedFile } from '../types/file.type.js';
import { LedgerImportPayload, LedgerImportResultType } from '../types/spreadsheet.type.js';

const headerOf = (key: Parameters<typeof columnRef>[0]) => columnRef(key).header;

function resultOf(summary: ImportSummary, locale: Locale): LedgerImportResultType {
  return {
    inspectionId: summary.inspection.id,
    inspectionName: summary.inspection.name,
    creates: summary.creates,
    updates: summary.updates,
    unchanged: summary.unchanged,
    rows: summary.rows.map((r) => ({
      ...r,
      changes: r.changes.map(headerOf),
      ignored: r.ignored.map(headerOf),
    })),
    errors: summary.errors.map((e: SheetError) => ({
      row: e.row,
      column: e.column?.letter ?? null,
      header: e.column?.header ?? null,
      code: e.code,
      message: e.message[locale],
    })),
  };
}

const contentArg = { description: 'The .xlsx file, base64-encoded.' };
const inspectionArg = { nullable: true, description: 'The inspection; the latest when omitted.' };

@Resolver()
export class SpreadsheetResolver {
  @Authorized('ledger.export')
  @Query(() => GeneratedFile, {
    description: 'The problem list, task list or ledger as .xlsx in the office layout, scoped to the caller.',
  })
  async exportLedger(
    @Arg('kind', () => LedgerSheetKind.object, { description: '问题清单, 任务清单 or 整改台账.' })
    kind: LedgerSheetKind,
    @Arg('inspectionId', () => Int, inspectionArg) inspectionId: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GeneratedFile> {
    const file = await exportLedgerWorkbook(ctx.services(), { kind, inspectionId });
    return generatedFile(file.filename, file.mimeType, file.content);
  }

  @Authorized('ledger.import')
  @Query(() => LedgerImportResultType, {
    description:
      'What importing the spreadsheet would do, row by row, and every error: the import itself, in a ' +
      'transaction that is rolled back, so it writes nothing and a clean preview means the import succeeds.',
  })
  async previewLedgerImport(
    @Arg('contentBase64', () => String, contentArg) contentBase64: string,
    @Arg('inspectionId', () => Int, inspectionArg) inspectionId: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LedgerImportResultType> {
    const content = Buffer.from(contentBase64, 'base64');
    return resultOf(await previewLedgerImport(ctx.services(), { content, inspectionId }), ctx.locale);
  }
}

export const SpreadsheetMutationsResolver = mutationResolver('SpreadsheetMutationsResolver', {
  importLedger: mutation({
    access: importLedgerWorkbook.permission,
    input: {
      contentBase64: { type: () => String, ...contentArg },
      inspectionId: { type: () => Int, ...inspectionArg },
    },
    run: (ctx, args: { contentBase64: string; inspectionId: number | null }) =>
      importLedgerWorkbook(ctx.services(), {
        content: Buffer.from(args.contentBase64, 'base64'),
        inspectionId: args.inspectionId,
      }),
    payload: LedgerImportPayload,
    answer: returned('result', (summary: ImportSummary, ctx) => resultOf(summary, ctx.locale)),
    description: 'Import the spreadsheet: every row or, when any row has an error, none.',
  }),
});
