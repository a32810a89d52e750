import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { signInWithPassword, TWO_FACTOR_REQUIRED } from "../auth/sign-in";
import { currentTotp } from "../auth/two-factor";
import { changeRoleAction } from "../members/actions";
import { updateOrganizationAction } from "../organizations/actions";
import { actAs, createOrganizationFixture, TEST_PASSWORD, testDb } from "../testing";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "./actions";

describe("two-factor enrolment", () => {
  it("turns on only after a correct code, yields hashed single-use recovery codes, and can be turned off with the password", async () => {
    const { members } = await createOrganizationFixture("Enrol");
    const user = members.CONVENER.user;
    await actAs(user);

    const started = await startTwoFactorAction({});
    if (!started.ok) throw new Error(started.message);
    expect(started.data.uri).toMatch(/^otpauth:\/\/totp\/Parley:.+\?.*secret=/);
    expect(started.data.qrSvg).toMatch(/^<svg/);
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: "enrol-1" })).toMatchObject({
      ok: true,
    });

    expect(await confirmTwoFactorAction({ code: "12345" })).toMatchObject({
      ok: false,
      reason: "INVALID",
      fieldErrors: { code: expect.any(Array) },
    });
    const wrong = currentTotp(started.data.secret) === "000000" ? "111111" : "000000";
    expect(await confirmTwoFactorAction({ code: wrong })).toMatchObject({ ok: false, reason: "WRONG_CODE" });

    const confirmed = await confirmTwoFactorAction({ code: currentTotp(started.data.secret) });
    if (!confirmed.ok) throw new Error(confirmed.message);
    expect(confirmed.data.recoveryCodes).toHaveLength(10);
    const stored = await testDb.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((row) => row.codeHash)).not.toContain(confirmed.data.recoveryCodes[0]);
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: "enrol-2" })).toEqual({
      ok: false,
      error: TWO_FACTOR_REQUIRED,
    });

    expect(await disableTwoFactorAction({ password: "not-it" })).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.any(Array) },
    });
    expect(await disableTwoFactorAction({ password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect(await testDb.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });

  it("is enforced when an owner requires it: members without it can neither open nor change anything", async () => {
    const { organization, members } = await createOrganizationFixture("Required");
    await actAs(members.OWNER.user);
    expect(
      await updateOrganizationAction(organization.slug, {
        name: organization.name,
        requireTwoFactor: true,
        version: 0,
      }),
    ).toMatchObject({ ok: true });

    expect(await getMemberContext(organization.slug)).toMatchObject({ twoFactorSatisfied: false });
    expect(
      await changeRoleAction(organization.slug, { memberId: members.VIEWER.id, version: 0, role: "CONVENER" }),
    ).toMatchObject({
      ok: false,
      reason: "TWO_FACTOR_REQUIRED",
    });
    expect((await testDb.member.findUniqueOrThrow({ where: { id: members.VIEWER.id } })).role).toBe("VIEWER");
  });
});
