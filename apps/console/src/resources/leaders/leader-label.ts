/** A leader as the ledger names them: 鲁毅(市委书记), or just the post where no one is named. */
export function leaderLabel(leader: { name: string; post?: string | null } | null | undefined): string {
  if (!leader) return '';
  return leader.post && leader.post !== leader.name ? `${leader.name}(${leader.post})` : leader.name;
}
