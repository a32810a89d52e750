import { describe, expect, it } from "vitest";
import { HASH_CONCURRENCY, hashesWaiting, withHashSlot } from "../auth/password";
import { limits } from "../auth/rate-limit";
import { actAs, testDb, unique } from "../testing/fixtures";
import { signUpAction } from "./actions";

const signUp = (email = `${unique("founder")}@example.test`) =>
  signUpAction({
    name: "Ilse Varga",
    email,
    password: "a fictional long passphrase",
    organizationName: "Tarn Institute",
  });

describe("sign-up", () => {
  it("creates the account, its organization and an owner membership, with one audit event", async () => {
    await actAs(null, `198.18.0.${Math.floor(Math.random() * 250)}-${unique("a")}`);
    const email = `${unique("founder")}@example.test`;
    const result = await signUp(email);
    if (!result.ok) throw new Error(result.message);
    const member = await testDb.member.findFirstOrThrow({
      where: { user: { email } },
      include: { organization: true },
    });
    expect(member).toMatchObject({
      role: "OWNER",
      status: "ACTIVE",
      organization: { slug: result.data.organizationSlug },
    });
    expect(
      await testDb.auditEvent.count({
        where: { organizationId: member.organizationId, action: "organization.created" },
      }),
    ).toBe(1);
  });

  it("refuses a taken email beside the field", async () => {
    await actAs(null, `198.18.1.${Math.floor(Math.random() * 250)}-${unique("a")}`);
    const email = `${unique("taken")}@example.test`;
    await signUp(email);
    expect(await signUp(email)).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringMatching(/already exists/)] },
    });
  });

  it("is limited per client address, since each sign-up creates an organization", async () => {
    await actAs(null, `198.18.2.1-${unique("a")}`);
    for (let i = 0; i < limits.signUpAddress.points; i++) expect(await signUp()).toMatchObject({ ok: true });
    expect(await signUp()).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
      message: "Too many attempts. Try again in 60 minutes.",
    });
  });
});

describe("password hashing under load", () => {
  it("happens before the transaction opens, so a slow or queued hash holds no lock", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Every hashing slot is taken, so the sign-up's hash waits in the queue as it would in a burst.
    const held = Array.from({ length: HASH_CONCURRENCY }, () => withHashSlot(() => gate));
    await actAs(null, `198.18.3.1-${unique("a")}`);
    const signingUp = signUp();
    while (hashesWaiting() === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // On the embedded server a statement waits behind any open transaction; on PostgreSQL an open
    // one shows as idle in transaction. Either way, the sign-up must have none open yet.
    const probe = await Promise.race([
      testDb.$queryRaw<{ open: number }[]>`
        SELECT count(*)::int AS open FROM pg_stat_activity
        WHERE state = 'idle in transaction' AND datname = current_database()
          AND xact_start < now() - interval '200 milliseconds'`,
      new Promise((resolve) => setTimeout(() => resolve("blocked behind a transaction"), 3_000)),
    ]);
    release();
    await Promise.all(held);
    expect(await signingUp).toMatchObject({ ok: true });
    expect(probe).toEqual([{ open: 0 }]);
  });
});
