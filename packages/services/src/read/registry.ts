import { CLUE_ENTITIES } from '../clues/clue-entities.js';
import { SUPERVISION_ENTITIES } from '../supervision/read-entities.js';
import {
  WORKFLOW_ENTITIES,
  WORKFLOW_ON_PROGRESS_REPORT,
  WORKFLOW_ON_TASK,
} from '../workflow/read-entities.js';
import { CORE_ENTITIES } from './core-entities.js';
import type { EntityDef, EntityExtension, EntityName } from './registry-types.js';

// The read model's registry: every entity by name, assembled from the ledger's and each feature's. Only the
// read model's compiler and the package's index import this module; the features define their entities
// against registry-types.ts and never import it back (tooling/architecture/test checks both).

/** An entity with what features add to it; an extension names the table it was written for. */
function extended(def: EntityDef, ...extensions: EntityExtension[]): EntityDef {
  for (const extension of extensions)
    if (extension.table !== def.table) throw new Error('an extension of an entity over another table');
  return {
    ...def,
    columns: Object.assign({}, def.columns, ...extensions.map((x) => x.columns)),
    needs: Object.assign({}, def.needs, ...extensions.map((x) => x.needs)),
    relations: Object.assign({}, def.relations, ...extensions.map((x) => x.relations)),
  };
}

export const ENTITIES: Record<EntityName, EntityDef> = {
  ...CORE_ENTITIES,
  Task: extended(CORE_ENTITIES.Task, WORKFLOW_ON_TASK),
  ProgressReport: extended(CORE_ENTITIES.ProgressReport, WORKFLOW_ON_PROGRESS_REPORT),
  ...CLUE_ENTITIES,
  ...WORKFLOW_ENTITIES,
  ...SUPERVISION_ENTITIES,
};
