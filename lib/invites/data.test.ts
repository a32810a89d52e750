import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { limits } from "../auth/rate-limit";
import { actAs, createOrganizationFixture, createUser, TEST_PASSWORD, testDb, unique } from "../testing/fixtures";
import { acceptInviteAction, createInviteAction, joinInviteAction } from "./actions";
import { ACCOUNT_EXISTS, getOpenInvite, hashInviteToken, INVALID_INVITE, WRONG_ACCOUNT } from "./data";

async function invite(role: "VIEWER" | "CONTRIBUTOR" = "CONTRIBUTOR", email = `${unique("guest")}@example.test`) {
  const fixture = await createOrganizationFixture("Inviting");
  await actAs(fixture.members.OWNER.user);
  const result = await createInviteAction(fixture.organization.slug, { email, role });
  if (!result.ok) throw new Error(result.message);
  const token = result.data.path.replace("/invite/", "");
  await actAs(null, `192.0.2.${Math.floor(Math.random() * 250)}-${unique("ip")}`);
  return { ...fixture, token, email };
}

const accepted = async (organizationId: string) =>
  testDb.invite.count({ where: { organizationId, acceptedAt: { not: null } } });

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
    const result = await acceptInviteAction({ token, name: "Ines Marlow", password: "a fictional long passphrase" });
    expect(result).toMatchObject({ ok: true, data: { email, organizationSlug: organization.slug } });

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

  it("show the same page whether or not the address has an account", async () => {
    const existing = await createUser("Existing");
    const forExisting = await invite("VIEWER", existing.email);
    const forNew = await invite("VIEWER");
    const shown = [await getOpenInvite(forExisting.token), await getOpenInvite(forNew.token)];
    expect(shown.map((page) => Object.keys(page ?? {}).sort())).toEqual([
      ["email", "organizationName", "role"],
      ["email", "organizationName", "role"],
    ]);
  });

  it("never check an existing account's password: the right one is refused like a wrong one, and nothing is claimed", async () => {
    const existing = await createUser("Existing");
    const { token, organization } = await invite("VIEWER", existing.email);
    for (const password of ["a wrong guess of a password", TEST_PASSWORD]) {
      expect(await acceptInviteAction({ token, name: "Someone", password })).toMatchObject({
        ok: false,
        reason: "ACCOUNT_EXISTS",
        message: ACCOUNT_EXISTS,
      });
    }
    expect(await accepted(organization.id)).toBe(0);
    expect(await testDb.member.count({ where: { organizationId: organization.id, userId: existing.id } })).toBe(0);
  });

  it("let the invited person accept while signed in with their own account", async () => {
    const existing = await createUser("Existing");
    const { token, organization } = await invite("VIEWER", existing.email);
    await actAs(existing);
    expect(await joinInviteAction({ token })).toMatchObject({
      ok: true,
      data: { organizationSlug: organization.slug },
    });
    expect(await getMemberContext(organization.slug)).toMatchObject({ role: "VIEWER" });
    expect(
      await testDb.auditEvent.count({
        where: { organizationId: organization.id, action: "invite.accepted", actorId: existing.id },
      }),
    ).toBe(1);
  });

  it("refuse anyone signed in as another address, and leave the invitation open", async () => {
    const { token, organization } = await invite("VIEWER");
    const stranger = await createUser("Stranger");
    await actAs(stranger);
    expect(await joinInviteAction({ token })).toMatchObject({
      ok: false,
      reason: "WRONG_ACCOUNT",
      message: WRONG_ACCOUNT,
    });
    expect(await accepted(organization.id)).toBe(0);
    expect(await testDb.member.count({ where: { organizationId: organization.id, userId: stranger.id } })).toBe(0);
    await actAs(null);
    expect(await joinInviteAction({ token })).toMatchObject({ ok: false, reason: "UNAUTHENTICATED" });
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
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/too easy to guess/)] },
    });
    expect(
      (await testDb.invite.findUniqueOrThrow({ where: { tokenHash: hashInviteToken(token) } })).acceptedAt,
    ).toBeNull();
  });

  it("are rate-limited per client address", async () => {
    await actAs(null, `192.0.2.250-${unique("ip")}`);
    let last: unknown;
    for (let attempt = 0; attempt <= limits.inviteAddress.points; attempt++) {
      last = await acceptInviteAction({
        token: `not-a-real-token-${attempt}-padding`,
        name: "Guesser",
        password: "a fictional long passphrase",
      });
    }
    expect(last).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many attempts/),
    });
  });

  it("are limited per organization and per member each day", async () => {
    const { organization, members } = await createOrganizationFixture("Flood");
    const create = () =>
      createInviteAction(organization.slug, { email: `${unique("x")}@example.test`, role: "VIEWER" });
    await actAs(members.OWNER.user);
    // Spend all but one of the organization's allowance as another owner would.
    await testDb.rateLimit.create({
      data: {
        key: `${limits.inviteOrganization.prefix}:${organization.id}`,
        points: limits.inviteOrganization.points - 1,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(await create()).toMatchObject({ ok: true });
    expect(await create()).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
      message: expect.stringMatching(/Try again in \d+ hours/),
    });
    expect(await testDb.invite.count({ where: { organizationId: organization.id } })).toBe(1);

    const other = await createOrganizationFixture("FloodMember");
    await actAs(other.members.OWNER.user);
    await testDb.rateLimit.create({
      data: {
        key: `${limits.inviteMember.prefix}:${other.members.OWNER.id}`,
        points: limits.inviteMember.points,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(
      await createInviteAction(other.organization.slug, { email: `${unique("x")}@example.test`, role: "VIEWER" }),
    ).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
  });
});
