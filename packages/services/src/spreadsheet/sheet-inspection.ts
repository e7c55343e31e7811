import { type Executor, inspections } from '@rectify/db';
import { desc, eq } from 'drizzle-orm';
import { notFound } from '../kernel/errors.js';
import { INSPECTION_LABEL } from '../ledger/ledger-labels.js';

/** The inspection a sheet is for: the one asked for, or else the latest. */
export async function sheetInspection(db: Executor, inspectionId: number | null | undefined) {
  const columns = { id: inspections.id, name: inspections.name };
  const [row] =
    inspectionId == null
      ? await db.select(columns).from(inspections).orderBy(desc(inspections.id)).limit(1)
      : await db.select(columns).from(inspections).where(eq(inspections.id, inspectionId));
  if (!row) throw notFound(INSPECTION_LABEL, inspectionId ?? '—', 'inspectionId');
  return row;
}
