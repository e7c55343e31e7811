import { type Database, inspections } from '@rectify/db';
import { desc } from 'drizzle-orm';

/** The inspection named by --inspection, or else the latest one. */
export async function inspectionOption(db: Database, value: string | undefined): Promise<number> {
  if (value !== undefined) {
    const id = Number(value);
    if (!Number.isInteger(id) || id <= 0) throw new Error(`--inspection: "${value}" is not an inspection id`);
    return id;
  }
  const [latest] = await db
    .select({ id: inspections.id })
    .from(inspections)
    .orderBy(desc(inspections.id))
    .limit(1);
  if (!latest) throw new Error('no inspection yet: create one or load the demo (pnpm cli demo)');
  return latest.id;
}
