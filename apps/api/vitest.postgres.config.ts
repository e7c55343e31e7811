import { rectifyPostgresTestConfig } from '@rectify/vitest-config';

// A database that goes away and comes back, two API processes migrating one database at once.
export default rectifyPostgresTestConfig();
