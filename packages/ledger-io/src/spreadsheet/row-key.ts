/**
 * 序号 is the row's stable key, so that re-importing a sheet updates the records it came from:
 * an issue row carries the issue's code as printed (`二(一)1.(3)`, unique within the inspection); a task row
 * carries its issue's code, a hyphen and the task's place among the issue's tasks (`二(一)1.(3)-2`).
 */
export type RowKey = { kind: 'issue'; code: string } | { kind: 'task'; issueCode: string; position: number };

const TASK_KEY = /^(.+)-(\d{1,4})$/;

export function taskKey(issueCode: string, position: number): string {
  return `${issueCode}-${position}`;
}

export function parseRowKey(text: string): RowKey {
  const match = TASK_KEY.exec(text);
  if (match) return { kind: 'task', issueCode: match[1]!, position: Number(match[2]) };
  return { kind: 'issue', code: text };
}

/** 整改措施 prints the ordinal in front of the measure, as the documents do: “一是建立健全学习制度。…”. */
const ORDINAL = /^([一二三四五六七八九十百]+是)[,,、::]?\s*/;

export function splitMeasure(text: string): { ordinal: string; measure: string } {
  const match = ORDINAL.exec(text);
  return match
    ? { ordinal: match[1]!, measure: text.slice(match[0].length) }
    : { ordinal: '', measure: text };
}

/** 责任单位 lists the lead unit first, then the co-operating units, separated by 、 as offices write them. */
export const UNIT_SEPARATOR = '、';

export function splitUnits(text: string): string[] {
  return text
    .split(/[、,,;;\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
}
