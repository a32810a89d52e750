import { ConfigError, getEnv } from "./env";

// A bad environment stops the server at start-up with one clear sentence per problem.
try {
  getEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Parley cannot start.\n${error.message}`);
  process.exit(1);
}
