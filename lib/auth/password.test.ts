import { describe, expect, it } from "vitest";
import { hashPassword, newPasswordSchema, verifyPassword } from "./password";

describe("passwords", () => {
  it("are hashed with argon2id and verified", async () => {
    const hash = await hashPassword("a fictional passphrase");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a fictional passphrase")).toBe(true);
    expect(await verifyPassword(hash, "a fictional passphrasE")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });

  it.each([
    ["short", "Use at least 12 characters."],
    ["password1234", "This password is too common; choose one that others are unlikely to use."],
    ["Password2026!!", "This password is too common; choose one that others are unlikely to use."],
    ["qwertyuiop123", "This password is too common; choose one that others are unlikely to use."],
    ["aaaaaaaaaaaaaaaa", "This password is too common; choose one that others are unlikely to use."],
  ])("refuses %s", (password, message) => {
    const result = newPasswordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("accepts a long uncommon passphrase", () => {
    expect(newPasswordSchema.safeParse("lantern orchard fjord 42").success).toBe(true);
  });
});
