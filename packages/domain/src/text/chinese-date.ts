/** A calendar date (2018-11-26) as a Chinese sentence writes it: 2018年11月26日; anything else as it is. */
export function chineseDate(iso: string | null): string {
  if (iso == null) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
