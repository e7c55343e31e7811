/** An append-only record of who did what to which record, with the record before and after. */
export interface AuditEvent {
  id: number;
  actorUserId: number | null;
  actorApiClientId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  at: Date;
}
