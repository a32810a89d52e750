/**
 * The embedded database in a process of its own, as the launcher (prisma/start.ts) hosts it, so
 * the benchmark can watch its memory apart from the server's. Prints its URL, then serves until
 * SIGTERM.
 */
import { startEmbeddedDatabase } from "../../prisma/embedded";

const database = await startEmbeddedDatabase(process.argv[2] ?? "memory://");
console.log(`URL ${database.url}`);
const stop = async () => {
  await database.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
