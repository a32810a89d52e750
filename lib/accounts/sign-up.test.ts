import { describe, expect, it } from "vitest";
import { limits } from "../auth/rate-limit";
import { actAs, testDb, unique } from "../testing";
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
