import { describe, expect, it } from "vitest";
import { changePasswordAction, signOutEverywhereAction } from "../accounts/actions";
import { removeMemberAction, setMemberStatusAction } from "../members/actions";
import { actAs, createOrganizationFixture, request, TEST_PASSWORD } from "../testing";
import { getMemberContext } from "./member";
import { getCurrentUser } from "./session";

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
});
