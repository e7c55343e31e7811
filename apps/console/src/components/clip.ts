/** A long text cut to `max` characters (not UTF-16 units) with an ellipsis, for table cells. */
export const clip = (text: string, max: number) =>
  [...text].length > max ? `${[...text].slice(0, max).join('')}…` : text;
