import pg from "pg";

/** A problem the operator can fix; its message is one sentence naming the problem and the fix. */
export class SetupError extends Error {
  override name = "SetupError";
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** Checks the form of a connection URL before anything tries to use it. */
export function parseDatabaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SetupError(
      "DATABASE_URL is not a valid URL: use the form postgresql://USER:PASSWORD@HOST:5432/DATABASE, or unset it to use the embedded database.",
    );
  }
  if (!POSTGRES_URL.test(url) || !parsed.hostname || parsed.pathname.length < 2) {
    throw new SetupError(
      "DATABASE_URL must name a PostgreSQL server and database, like postgresql://USER:PASSWORD@HOST:5432/DATABASE; unset it to use the embedded database.",
    );
  }
  return parsed;
}

/** Where a URL points, without its password, for messages. */
export function describeTarget(url: string): string {
  const parsed = new URL(url);
  const socketDir = parsed.searchParams.get("host");
  if (socketDir?.startsWith("/")) return `the socket in ${socketDir}, database ${parsed.pathname.slice(1)}`;
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

/** Turns a connection failure into one sentence that says what is wrong and what to do. */
export function explainConnectionError(error: unknown, url: string): SetupError {
  if (error instanceof SetupError) return error;
  const target = describeTarget(url);
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
    case "EAI_AGAIN":
      return new SetupError(
        `Cannot reach the database at ${target} (${code}): start PostgreSQL there, or correct DATABASE_URL.`,
      );
    case "28P01":
    case "28000":
      return new SetupError(
        `The database at ${target} refused the user name or password in DATABASE_URL: correct them, or create that role.`,
      );
    case "3D000":
      return new SetupError(
        `The database ${target} does not exist: create it (for example with createdb), or correct DATABASE_URL.`,
      );
    default: {
      const message = error instanceof Error ? error.message : String(error);
      if (/timeout/i.test(message)) {
        return new SetupError(
          `Timed out connecting to the database at ${target}: check that PostgreSQL is running and reachable, or correct DATABASE_URL.`,
        );
      }
      return new SetupError(
        `Cannot use the database at ${target} (${message}): check DATABASE_URL and the server's log.`,
      );
    }
  }
}

/** A connected client, or a SetupError that explains why not. */
export async function connect(url: string): Promise<pg.Client> {
  parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An idle client whose server goes away emits 'error'; without a listener that kills the process.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw explainConnectionError(error, url);
  }
  return client;
}
