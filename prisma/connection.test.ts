import { describe, expect, it } from "vitest";
import { connect, parseDatabaseUrl } from "./connection";
import { freePort } from "./embedded";

describe("database connection errors", () => {
  it("names a malformed DATABASE_URL and the fix", () => {
    expect(() => parseDatabaseUrl("not a url")).toThrow(/^DATABASE_URL is not a valid URL: use the form postgresql:/);
    expect(() => parseDatabaseUrl("mysql://u:p@host/db")).toThrow(/^DATABASE_URL must name a PostgreSQL server/);
    expect(() => parseDatabaseUrl("postgresql://u:p@host")).toThrow(/^DATABASE_URL must name a PostgreSQL server/);
  });

  it("names an unreachable server in one sentence without the password", async () => {
    const port = await freePort();
    const attempt = connect(`postgresql://u:secret-pw@127.0.0.1:${port}/parley`);
    await expect(attempt).rejects.toThrow(
      `Cannot reach the database at 127.0.0.1:${port}/parley (ECONNREFUSED): start PostgreSQL there, or correct DATABASE_URL.`,
    );
    await expect(attempt).rejects.not.toThrow(/secret-pw/);
  });

  it.runIf(process.env.PARLEY_TEST_SERVER_URL)("names a database that does not exist", async () => {
    const url = new URL(process.env.PARLEY_TEST_SERVER_URL ?? "");
    url.pathname = "/parley_no_such_database";
    await expect(connect(url.toString())).rejects.toThrow(/parley_no_such_database does not exist: create it/);
  });
});
