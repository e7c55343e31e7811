import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { rectifySchema } from '../graphql/schema.js';
import { SCHEMA_FILE } from './schema-file.js';

// Writes the schema that partners and the console code against; a test fails when it drifts from the code.
writeFileSync(SCHEMA_FILE, `${printSchema(await rectifySchema())}\n`);
console.log(`wrote ${SCHEMA_FILE}`);
