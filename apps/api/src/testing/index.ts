// Test support of @rectify/api for the other packages' tests (the console's, the bench's): the real API on a
// free port, on the demo data. The API's own tests import what else they need from the file that holds it.
export { startTestApi, type TestApi } from './start-test-api.js';
