/** A bilingual label: zh-CN first, English second. */
export interface Label {
  zh: string;
  en: string;
}

export type Locale = 'zh' | 'en';

/**
 * Defines an enum once, with its labels. Every other layer (database enum, GraphQL enum, console choices)
 * derives from the returned `values`, so that adding a value here adds it everywhere.
 */
export function defineEnum<const T extends Record<string, Label>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  const object = Object.fromEntries(values.map((v) => [v, v])) as { [K in keyof T & string]: K };
  return {
    values,
    labels,
    /** `{ VALUE: 'VALUE' }`, the shape GraphQL enum registries want. */
    object,
    label(value: keyof T & string, locale: Locale = 'zh'): string {
      return (labels[value] as Label)[locale];
    },
    is(value: unknown): value is keyof T & string {
      return typeof value === 'string' && Object.hasOwn(labels, value);
    },
  };
}

/** The union of an enum's values: `type TaskStatus = EnumValue<typeof TaskStatus>`. */
export type EnumValue<E extends { values: readonly string[] }> = E['values'][number];
