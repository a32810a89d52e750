import { describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD, testDb, unique } from "../testing/fixtures";
import { limits } from "./rate-limit";
import { signInWithPassword, TWO_FACTOR_REQUIRED, WRONG_CREDENTIALS } from "./sign-in";
import { currentTotp, hashRecoveryCode, newTotpSecret } from "./two-factor";

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${unique("a")}`;
const LOCKED = /^Too many attempts\. Try again in \d+ minutes?\.$/;

describe("signInWithPassword", () => {
  it("signs in with the right password, case-insensitively on the email, and opens a sign-in record", async () => {
    const user = await createUser("Rightful");
    const result = await signInWithPassword({
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
      address: "198.51.100.9",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.user).toMatchObject({ id: user.id, email: user.email, name: user.name });
    expect(result.deviceToken).toMatch(/^[\w-]{43}$/);
    const record = await testDb.signIn.findUniqueOrThrow({ where: { id: result.user.signInId } });
    expect(record).toMatchObject({ userId: user.id, address: "198.51.100.9", revokedAt: null });
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBeCloseTo(7 * 86_400_000, -4);
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

  it("answers a control character in the email like any wrong email, without touching the database", async () => {
    expect(await signInWithPassword({ email: "a\u0000@example.test", password: "x", address: address() })).toEqual({
      ok: false,
      error: WRONG_CREDENTIALS,
    });
  });

  it("locks an account to unknown browsers after the configured number of failures, even against the right password", async () => {
    const user = await createUser("Targeted");
    for (let attempt = 0; attempt < limits.signInAccount.points; attempt++) {
      expect(await signInWithPassword({ email: user.email, password: `guess-${attempt}`, address: address() })).toEqual(
        { ok: false, error: WRONG_CREDENTIALS },
      );
    }
    const locked = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() });
    expect(locked).toEqual({ ok: false, error: "Too many attempts. Try again in 15 minutes." });
  });

  it("keeps the owner's own browser open while strangers spend the account's allowance from many addresses", async () => {
    const user = await createUser("Besieged");
    const first = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() });
    if (!first.ok || !first.deviceToken) throw new Error("the first sign-in should issue a device cookie");
    const ownBrowser = first.deviceToken;

    for (let attempt = 0; attempt < limits.signInAccount.points; attempt++) {
      await signInWithPassword({ email: user.email, password: `guess-${attempt}`, address: address() });
    }
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).toMatchObject({
      ok: false,
      error: expect.stringMatching(LOCKED),
    });
    // Another account's device cookie is a stranger here too.
    const other = await createUser("Neighbour");
    const neighbour = await signInWithPassword({ email: other.email, password: TEST_PASSWORD, address: address() });
    if (!neighbour.ok || !neighbour.deviceToken) throw new Error("expected a device cookie");
    expect(
      await signInWithPassword({
        email: user.email,
        password: TEST_PASSWORD,
        address: address(),
        deviceToken: neighbour.deviceToken,
      }),
    ).toMatchObject({ ok: false, error: expect.stringMatching(LOCKED) });

    const own = await signInWithPassword({
      email: user.email,
      password: TEST_PASSWORD,
      address: address(),
      deviceToken: ownBrowser,
    });
    expect(own).toMatchObject({ ok: true });
    expect(own.ok ? own.deviceToken : "refused").toBeUndefined();
  });

  it("gives a known browser an allowance of its own, which its failures spend", async () => {
    const user = await createUser("Forgetful");
    const first = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() });
    if (!first.ok || !first.deviceToken) throw new Error("expected a device cookie");
    const from = { email: user.email, address: address(), deviceToken: first.deviceToken };
    for (let attempt = 0; attempt < limits.signInDevice.points; attempt++) {
      expect(await signInWithPassword({ ...from, password: `typo-${attempt}` })).toMatchObject({ ok: false });
    }
    expect(await signInWithPassword({ ...from, password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: expect.stringMatching(LOCKED),
    });
    // Its failures were not strangers' failures: a new browser can still sign in.
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).toMatchObject({
      ok: true,
    });
  });

  it("limits one address across many accounts", async () => {
    const from = address();
    for (let attempt = 0; attempt < limits.signInAddress.points; attempt++) {
      await signInWithPassword({ email: `${unique("spray")}@example.test`, password: "Winter2026!", address: from });
    }
    const user = await createUser("Sprayed");
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: from })).toMatchObject({
      ok: false,
      error: expect.stringMatching(LOCKED),
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

  it("asks for a second factor once enrolled, and accepts a TOTP code once and a recovery code once", async () => {
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
    const code = currentTotp(secret);
    expect(await signInWithPassword({ ...base, code })).toMatchObject({ ok: true });
    // The same code again, within its 30 seconds, is a replay.
    expect(await signInWithPassword({ ...base, code })).toEqual({
      ok: false,
      error: "The authentication code is incorrect.",
    });
    expect(await signInWithPassword({ ...base, code: "abcd-efgh-jkmn" })).toMatchObject({ ok: true });
    expect(await signInWithPassword({ ...base, code: "abcd-efgh-jkmn" })).toMatchObject({ ok: false });
  });
});
