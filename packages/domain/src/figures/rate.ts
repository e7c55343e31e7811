/** A share of a whole, kept as both counts so that no layer rounds twice. `value` is null when whole is 0. */
export interface Rate {
  part: number;
  whole: number;
  value: number | null;
}

export function rate(part: number, whole: number): Rate {
  return { part, whole, value: whole === 0 ? null : part / whole };
}

/** `98.71%` — offices print rates with a fixed number of decimals; '—' when nothing to divide. */
export function formatPercent(r: Rate, decimals = 1): string {
  return r.value == null ? '—' : `${(r.value * 100).toFixed(decimals)}%`;
}
