export * from './factories.js';
export * from './test-database.js';
export { hashOfFiles, type TestTemplate } from './template.js';
export * from './table-snapshot.js';
