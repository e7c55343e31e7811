import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput } from 'react-admin';
import { leaderLabel } from './leaders/leader-label.js';

// Pickers for units and leaders, searched on the server (react-admin's `q` becomes the schema's `search`).
const byName = { field: 'name', order: 'ASC' } as const;

export function UnitInput({
  source,
  label,
  alwaysOn,
}: {
  source: string;
  label?: string;
  alwaysOn?: boolean;
}) {
  return (
    <ReferenceInput source={source} reference="units" sort={byName} perPage={50} alwaysOn={alwaysOn}>
      <AutocompleteInput optionText="name" label={label} sx={{ minWidth: 220 }} />
    </ReferenceInput>
  );
}

export function UnitsInput({ source, label }: { source: string; label?: string }) {
  return (
    <ReferenceArrayInput source={source} reference="units" sort={byName} perPage={50}>
      <AutocompleteArrayInput optionText="name" label={label} />
    </ReferenceArrayInput>
  );
}

export function LeaderInput({
  source,
  label,
  alwaysOn,
}: {
  source: string;
  label?: string;
  alwaysOn?: boolean;
}) {
  return (
    <ReferenceInput source={source} reference="leaders" sort={byName} perPage={50} alwaysOn={alwaysOn}>
      <AutocompleteInput optionText={leaderLabel} label={label} sx={{ minWidth: 220 }} />
    </ReferenceInput>
  );
}
