import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const valid = {
  DATABASE_URL: "postgresql://parley:pw@localhost:5432/parley",
  NEXTAUTH_SECRET: "a".repeat(32),
};

describe("parseEnv", () => {
  it("accepts a complete environment", () => {
    expect(parseEnv(valid)).toMatchObject({ ...valid, NODE_ENV: "development" });
  });

  it("names a missing secret and how to make one", () => {
    expect(() => parseEnv({ ...valid, NEXTAUTH_SECRET: undefined })).toThrow(
      "NEXTAUTH_SECRET is missing: set it to a random string of at least 32 characters (openssl rand -base64 32).",
    );
  });

  it("names a short secret", () => {
    expect(() => parseEnv({ ...valid, NEXTAUTH_SECRET: "short" })).toThrow(/^NEXTAUTH_SECRET is too short/);
  });

  it("names a malformed or missing DATABASE_URL", () => {
    expect(() => parseEnv({ ...valid, DATABASE_URL: "localhost:5432" })).toThrow(
      /^DATABASE_URL is malformed: use the form/,
    );
    expect(() => parseEnv({ ...valid, DATABASE_URL: undefined })).toThrow(/^DATABASE_URL is missing/);
  });

  it("defaults the sign-in limits and refuses nonsense in them", () => {
    expect(parseEnv(valid)).toMatchObject({
      SIGNIN_LIMIT_ACCOUNT: 5,
      SIGNIN_LIMIT_ADDRESS: 20,
      INVITE_LIMIT_ADDRESS: 10,
    });
    expect(parseEnv({ ...valid, SIGNIN_LIMIT_ACCOUNT: "3" })).toMatchObject({ SIGNIN_LIMIT_ACCOUNT: 3 });
    expect(() => parseEnv({ ...valid, SIGNIN_LIMIT_ACCOUNT: "lots" })).toThrow(
      "SIGNIN_LIMIT_ACCOUNT must be a whole number of failures, like 5.",
    );
  });

  it("lists every problem, one sentence each", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is missing.*\nNEXTAUTH_SECRET is missing/s);
  });
});
