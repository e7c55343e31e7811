import { getFileGeneration, requestFileGeneration, ServiceError } from '@rectify/services';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { mutation, mutationResolver, returned } from '../mutation.js';
import {
  FileGenerationInputType,
  FileGenerationPayload,
  FileGenerationType,
} from '../types/file-generation.type.js';

/**
 * Files generated in the background for large ledgers: the request (each document checks the permission its
 * inline query needs: report.generate, ledger.export) and its state; the file downloads over HTTP.
 */
@Resolver()
export class FileGenerationResolver {
  @Authorized()
  @Query(() => FileGenerationType, { description: 'A file you asked to generate, and where it stands.' })
  fileGeneration(
    @Arg('id', () => Int, { description: 'The request.' }) id: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return getFileGeneration(ctx.services(), id);
  }
}

const noQueue = new ServiceError('INVALID_TRANSITION', {
  zh: '本服务器未运行后台任务（RECTIFY_JOBS=false），无法排队生成文件',
  en: 'this server runs no job queue (RECTIFY_JOBS=false): it cannot queue a file',
});

export const FileGenerationMutationsResolver = mutationResolver('FileGenerationMutationsResolver', {
  requestFileGeneration: mutation({
    access: 'signedIn',
    input: { input: { type: () => FileGenerationInputType, description: 'The document and its options.' } },
    run: (ctx, { input }: { input: FileGenerationInputType }) => {
      if (!ctx.jobs) throw noQueue;
      return requestFileGeneration(ctx.services(), ctx.jobs, input);
    },
    payload: FileGenerationPayload,
    answer: returned('fileGeneration'),
    description: 'Queue a file to generate from the ledger (a progress report, a spreadsheet export).',
  }),
});
