import { inject } from "vitest";

// Every worker talks to the test database the global setup made, never to the developer's own.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-at-least-32-characters-long";
const serverUrl = inject("serverUrl");
if (serverUrl) process.env.PARLEY_TEST_SERVER_URL = serverUrl;
