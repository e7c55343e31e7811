import type { Label } from '@rectify/domain';
import { registerEnumType } from 'type-graphql';

/** A GraphQL enum over a domain enum: same values, each described with the domain's bilingual label. */
export function domainEnum(
  name: string,
  e: { object: object; values: readonly string[]; labels: Record<string, Label> },
  description: string,
) {
  registerEnumType(e.object, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      e.values.map((v) => [v, { description: `${e.labels[v]?.zh} — ${e.labels[v]?.en}` }]),
    ),
  });
}
