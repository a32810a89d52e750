import { describe, expect, it } from "vitest";
import { changePasswordAction, revokeSignInAction, signOutAction, signOutEverywhereAction } from "../accounts/actions";
import { removeMemberAction, setMemberStatusAction } from "../members/actions";
import { actAs, createOrganizationFixture, createUser, request, TEST_PASSWORD, testDb } from "../testing/fixtures";
import { sessionCookieName } from "./config";
import { getMemberContext } from "./member";
import { authOptions } from "./options";
import { getCurrentUser } from "./session";

/** Signs `user` in on a second "device": its own sign-in record and cookie. */
async function device(user: { id: string }) {
  await actAs(user);
  return new Map(request.cookies);
}

const on = (cookies: Map<string, string>) => {
  request.cookies = new Map(cookies);
};

const signInOf = async (cookies: Map<string, string>) => {
  on(cookies);
  return (await getCurrentUser())?.signInId ?? null;
};

describe("sessions that can be ended", () => {
  it("stop opening the organization for a member the owner disables, on their next request", async () => {
    const { organization, members } = await createOrganizationFixture("Disable");
    await actAs(members.CONTRIBUTOR.user);
    expect(await getMemberContext(organization.slug)).toMatchObject({ role: "CONTRIBUTOR" });
    const contributorCookies = new Map(request.cookies);

    await actAs(members.OWNER.user);
    expect(
      await setMemberStatusAction(organization.slug, {
        memberId: members.CONTRIBUTOR.id,
        version: 0,
        status: "DISABLED",
      }),
    ).toMatchObject({ ok: true });

    request.cookies = contributorCookies;
    expect(await getMemberContext(organization.slug)).toBeNull();
    expect(await getCurrentUser()).toBeNull();
  });

  it("stop for a removed member", async () => {
    const { organization, members } = await createOrganizationFixture("Remove");
    await actAs(members.VIEWER.user);
    const viewerCookies = new Map(request.cookies);
    await actAs(members.OWNER.user);
    expect(await removeMemberAction(organization.slug, { memberId: members.VIEWER.id, version: 0 })).toMatchObject({
      ok: true,
    });
    request.cookies = viewerCookies;
    expect(await getCurrentUser()).toBeNull();
    await actAs(members.VIEWER.user);
    expect(await getMemberContext(organization.slug)).toBeNull();
  });

  it("all end when the user changes their password", async () => {
    const { members } = await createOrganizationFixture("Password");
    await actAs(members.CONVENER.user);
    expect(await getCurrentUser()).toMatchObject({ id: members.CONVENER.userId });

    const result = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      newPassword: "another-long-fictional-passphrase",
    });

    expect(result).toMatchObject({ ok: true });
    expect(await getCurrentUser()).toBeNull();
  });

  it("all end on sign out everywhere", async () => {
    const { members } = await createOrganizationFixture("Everywhere");
    await actAs(members.VIEWER.user);
    await signOutEverywhereAction({});
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuse a wrong current password, as a field error", async () => {
    const { members } = await createOrganizationFixture("WrongPassword");
    await actAs(members.VIEWER.user);
    const result = await changePasswordAction({
      currentPassword: "not-the-password",
      newPassword: "another-long-fictional-passphrase",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["The current password is incorrect."] },
    });
    expect(await getCurrentUser()).not.toBeNull();
  });

  it("end on sign-out for this device only: its old cookie opens nothing, the person's other devices stay", async () => {
    const user = await createUser("Leaver");
    const laptop = await device(user);
    const phone = await device(user);
    on(laptop);
    expect(await signOutAction({})).toMatchObject({ ok: true });
    expect(request.cookies.has(sessionCookieName())).toBe(false);
    expect(await signInOf(laptop)).toBeNull();
    expect(await signInOf(phone)).not.toBeNull();
  });

  it("can be ended one by one from the account page, but only one's own", async () => {
    const user = await createUser("Careful");
    const laptop = await device(user);
    const laptopSignIn = await signInOf(laptop);
    const phone = await device(user);
    const other = await createUser("Other");
    const othersDevice = await device(other);
    const othersSignIn = await signInOf(othersDevice);

    on(phone);
    expect(await revokeSignInAction({ signInId: othersSignIn })).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await signInOf(othersDevice)).not.toBeNull();
    on(phone);
    expect(await revokeSignInAction({ signInId: laptopSignIn })).toMatchObject({ ok: true });
    expect(await signInOf(laptop)).toBeNull();
    expect(await signInOf(phone)).not.toBeNull();
  });

  it("end after the idle timeout and after the absolute lifetime, and count each use as activity", async () => {
    const user = await createUser("Idle");
    const cookies = await device(user);
    const signInId = (await signInOf(cookies)) ?? "";
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

    await testDb.signIn.update({ where: { id: signInId }, data: { lastSeenAt: hoursAgo(7.9) } });
    expect(await signInOf(cookies)).toBe(signInId);
    const touched = await testDb.signIn.findUniqueOrThrow({ where: { id: signInId } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(60_000);

    await testDb.signIn.update({ where: { id: signInId }, data: { lastSeenAt: hoursAgo(8.1) } });
    expect(await signInOf(cookies)).toBeNull();

    await testDb.signIn.update({
      where: { id: signInId },
      data: { lastSeenAt: new Date(), expiresAt: hoursAgo(0.01) },
    });
    expect(await signInOf(cookies)).toBeNull();
  });

  it("are checked by next-auth's own session endpoint too, which then clears the cookie instead of renewing it", async () => {
    const user = await createUser("Endpoint");
    const cookies = await device(user);
    const signInId = (await signInOf(cookies)) ?? "";
    const jwt = authOptions.callbacks?.jwt;
    if (!jwt) throw new Error("no jwt callback");
    const token = { sub: user.id, userId: user.id, signInId };
    expect(await jwt({ token } as Parameters<typeof jwt>[0])).toEqual(token);
    await testDb.signIn.update({ where: { id: signInId }, data: { revokedAt: new Date() } });
    await expect(jwt({ token } as Parameters<typeof jwt>[0])).rejects.toThrow("This sign-in has ended.");
    // What the endpoint returns carries no name or email.
    const session = await authOptions.callbacks?.session?.({
      session: { user: { name: "x", email: "x@example.test" }, expires: "2030-01-01T00:00:00.000Z" },
      token,
    } as never);
    expect(session).toEqual({ expires: "2030-01-01T00:00:00.000Z" });
  });
});
