import { type FieldProps, useFieldValue } from 'react-admin';
import { leaderLabel } from '../resources/leaders/leader-label.js';

/** A leader relation (`leader`, `leadLeader`) as the ledger names them. */
export function LeaderField(props: FieldProps) {
  const leader = useFieldValue(props) as { name: string; post: string } | null | undefined;
  return <span>{leaderLabel(leader)}</span>;
}
