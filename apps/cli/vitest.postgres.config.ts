import { rectifyPostgresTestConfig } from '@rectify/vitest-config';

// An embedded backup restored onto a PostgreSQL server, and back.
export default rectifyPostgresTestConfig();
