// Test support of @rectify/db for every package's tests: a fresh database per test file (PGlite, or
// PostgreSQL with DATABASE_URL) from a template keyed by the files it depends on, rows made with defaults,
// and a snapshot of every table.
export { createTestDatabase, type TestDatabase } from './test-database.js';
export { hashOfFiles, type TestTemplate } from './template.js';
export { makeInspection, makeIssue, makeLeader, makeTask, makeUnit } from './factories.js';
export { snapshotTables } from './table-snapshot.js';
