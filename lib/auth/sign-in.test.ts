import { describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD, testDb, unique } from "../testing";
import { limits } from "./rate-limit";
import { signInWithPassword, TWO_FACTOR_REQUIRED, WRONG_CREDENTIALS } from "./sign-in";
import { currentTotp, hashRecoveryCode, newTotpSecret } from "./two-factor";

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${unique("a")}`;

describe("signInWithPassword", () => {
  it("signs in with the right password, case-insensitively on the email", async () => {
    const user = await createUser("Rightful");
    const result = await signInWithPassword({
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
      address: address(),
    });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: 0 } });
  });

  it("says the same thing for an unknown email and a wrong password", async () => {
    const user = await createUser("Probed");
    const wrongPassword = await signInWithPassword({
      email: user.email,
      password: "wrong-password-123",
      address: address(),
    });
    const unknown = await signInWithPassword({
      email: `${unique("nobody")}@example.test`,
      password: "x",
      address: address(),
    });
    expect(wrongPassword).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    expect(unknown).toEqual({ ok: false, error: WRONG_CREDENTIALS });
  });

  it("locks an account after the configured number of failures, even against the right password", async () => {
    const user = await createUser("Targeted");
    for (let attempt = 0; attempt < limits.signInAccount.points; attempt++) {
      expect(await signInWithPassword({ email: user.email, password: `guess-${attempt}`, address: address() })).toEqual(
        {
          ok: false,
          error: WRONG_CREDENTIALS,
        },
      );
    }
    const locked = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() });
    expect(locked).toEqual({ ok: false, error: "Too many attempts. Try again in 15 minutes." });
  });

  it("limits one address across many accounts", async () => {
    const from = address();
    for (let attempt = 0; attempt < limits.signInAddress.points; attempt++) {
      await signInWithPassword({ email: `${unique("spray")}@example.test`, password: "Winter2026!", address: from });
    }
    const user = await createUser("Sprayed");
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: from })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Too many attempts\. Try again in \d+ minutes?\.$/),
    });
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).toMatchObject({
      ok: true,
    });
  });

  it("keeps the counts in PostgreSQL, where every app server sees them", async () => {
    const user = await createUser("Counted");
    await signInWithPassword({ email: user.email, password: "nope-nope-nope", address: address() });
    const row = await testDb.rateLimit.findUnique({ where: { key: `${limits.signInAccount.prefix}:${user.email}` } });
    expect(row?.points).toBe(1);
  });

  it("asks for a second factor once enrolled, and accepts a TOTP code or a recovery code once", async () => {
    const user = await createUser("TwoFactor");
    const secret = newTotpSecret();
    await testDb.user.update({ where: { id: user.id }, data: { totpSecret: secret, twoFactorEnabledAt: new Date() } });
    await testDb.recoveryCode.create({ data: { userId: user.id, codeHash: hashRecoveryCode("abcd-efgh-jkmn") } });
    const base = { email: user.email, password: TEST_PASSWORD, address: address() };

    expect(await signInWithPassword(base)).toEqual({ ok: false, error: TWO_FACTOR_REQUIRED });
    expect(await signInWithPassword({ ...base, code: "000000" })).toEqual({
      ok: false,
      error: "The authentication code is incorrect.",
    });
    expect(await signInWithPassword({ ...base, code: currentTotp(secret) })).toMatchObject({ ok: true });
    expect(await signInWithPassword({ ...base, code: "abcd-efgh-jkmn" })).toMatchObject({ ok: true });
    expect(await signInWithPassword({ ...base, code: "abcd-efgh-jkmn" })).toMatchObject({ ok: false });
  });
});
