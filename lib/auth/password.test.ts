import { describe, expect, it } from "vitest";
import { HASH_CONCURRENCY, hashPassword, newPasswordSchema, takePeakHashConcurrency, verifyPassword } from "./password";

describe("passwords", () => {
  it("are hashed with argon2id and verified", async () => {
    const hash = await hashPassword("a fictional passphrase");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a fictional passphrase")).toBe(true);
    expect(await verifyPassword(hash, "a fictional passphrasE")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });

  it("run at most HASH_CONCURRENCY at once, so a burst queues instead of starving the server", async () => {
    takePeakHashConcurrency();
    const hashes = await Promise.all(Array.from({ length: 6 }, (_, i) => hashPassword(`burst passphrase ${i}`)));
    await Promise.all(hashes.map((hash, i) => verifyPassword(hash, `burst passphrase ${i}`)));
    expect(takePeakHashConcurrency()).toBe(HASH_CONCURRENCY);
  });

  it("refuses short ones", () => {
    expect(newPasswordSchema.safeParse("short").error?.issues[0]?.message).toBe("Use at least 12 characters.");
  });

  // The probe found these accepted by the old list: a strength estimator refuses them all.
  it.each([
    "qwertyuiop12",
    "zxcvbnm12345",
    "1qaz2wsx3edc4rfv",
    "monkey12345678",
    "Summer2024!!!",
    "password1234",
    "Password2026!!",
    "qwertyuiop123",
    "aaaaaaaaaaaaaaaa",
  ])("refuses %s with the estimator's reason", (password) => {
    const message = newPasswordSchema.safeParse(password).error?.issues[0]?.message;
    expect(message).toMatch(/^This password is too easy to guess\. .+\. .+\.$/);
  });

  it.each(["lantern orchard fjord 42", "saltmarsh compass 42x", "a fictional long passphrase"])(
    "accepts the long uncommon passphrase %s",
    (password) => {
      expect(newPasswordSchema.safeParse(password).success).toBe(true);
    },
  );
});
