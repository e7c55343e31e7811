/** A 0–1 rate as the published reports print it: one decimal, e.g. 87.2%; a dash without data. */
export function formatRate(rate: number | null | undefined): string {
  if (rate == null || Number.isNaN(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
