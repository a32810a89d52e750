import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { actAs, createOrganizationFixture, createUser, TEST_PASSWORD, testDb, unique } from "../testing";
import { acceptInviteAction, createInviteAction } from "./actions";
import { hashInviteToken, INVALID_INVITE } from "./data";

async function invite(role: "VIEWER" | "CONTRIBUTOR" = "CONTRIBUTOR", email = `${unique("guest")}@example.test`) {
  const fixture = await createOrganizationFixture("Inviting");
  await actAs(fixture.members.OWNER.user);
  const result = await createInviteAction(fixture.organization.slug, { email, role });
  if (!result.ok) throw new Error(result.message);
  const token = result.data.path.replace("/invite/", "");
  await actAs(null, `192.0.2.${Math.floor(Math.random() * 250)}-${unique("ip")}`);
  return { ...fixture, token, email };
}

describe("invitations", () => {
  it("store only a hash of the token, and expire after 7 days", async () => {
    const { token, organization } = await invite();
    const row = await testDb.invite.findFirstOrThrow({ where: { organizationId: organization.id } });
    expect(row.tokenHash).toBe(hashInviteToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(7 * 86_400_000, -4);
  });

  it("sign a new person up with the invited role, once", async () => {
    const { token, organization, email } = await invite("CONTRIBUTOR");
    const accepted = await acceptInviteAction({ token, name: "Ines Marlow", password: "a fictional long passphrase" });
    expect(accepted).toMatchObject({ ok: true, data: { email, organizationSlug: organization.slug } });

    const user = await testDb.user.findUniqueOrThrow({ where: { email } });
    await actAs(user);
    expect(await getMemberContext(organization.slug)).toMatchObject({ role: "CONTRIBUTOR" });

    await actAs(null, "192.0.2.200");
    expect(await acceptInviteAction({ token, name: "Again", password: "a fictional long passphrase" })).toMatchObject({
      ok: false,
      reason: "INVALID_INVITE",
      message: INVALID_INVITE,
    });
  });

  it("add an existing account after checking its password", async () => {
    const existing = await createUser("Existing");
    const { token, organization } = await invite("VIEWER", existing.email);
    expect(await acceptInviteAction({ token, password: "wrong-password-here" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["The password is incorrect."] },
    });
    expect(await testDb.invite.count({ where: { organizationId: organization.id, acceptedAt: { not: null } } })).toBe(
      0,
    );
    expect(await acceptInviteAction({ token, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect(
      await testDb.member.findFirst({ where: { organizationId: organization.id, userId: existing.id } }),
    ).toMatchObject({ role: "VIEWER" });
  });

  it("refuse an expired invitation", async () => {
    const { token } = await invite();
    await testDb.invite.update({
      where: { tokenHash: hashInviteToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await acceptInviteAction({ token, name: "Late", password: "a fictional long passphrase" })).toMatchObject({
      reason: "INVALID_INVITE",
    });
  });

  it("refuse a weak password for a new account, next to the field, keeping the invitation open", async () => {
    const { token } = await invite();
    const result = await acceptInviteAction({ token, name: "Weak", password: "password1234" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/too common/)] } });
    expect(
      (await testDb.invite.findUniqueOrThrow({ where: { tokenHash: hashInviteToken(token) } })).acceptedAt,
    ).toBeNull();
  });

  it("are rate-limited per client address", async () => {
    await actAs(null, "192.0.2.250");
    let last: unknown;
    for (let attempt = 0; attempt <= 10; attempt++) {
      last = await acceptInviteAction({ token: `not-a-real-token-${attempt}-padding`, password: "x" });
    }
    expect(last).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many attempts/),
    });
  });
});
