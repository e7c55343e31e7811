import { systemActor } from '@rectify/domain';
import type { Database } from '@rectify/db';
import type { ServiceContext } from '@rectify/services';

/** The command line acts as the rectification office, like the other commands act as the system. */
export function officeContext(db: Database): ServiceContext {
  return { db, actor: systemActor('OFFICE'), locale: 'zh', now: () => new Date() };
}

/** Splits `--inspection N` and `--dry-run` from the positional arguments. */
export function parseSpreadsheetArgs(args: string[]) {
  const positional: string[] = [];
  let inspectionId: number | null = null;
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--inspection') {
      inspectionId = Number(args[++i]);
      if (!Number.isInteger(inspectionId) || inspectionId < 1)
        throw new Error('--inspection takes an inspection id');
    } else positional.push(arg);
  }
  return { positional, inspectionId, dryRun };
}
