import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { signInWithPassword, TWO_FACTOR_REQUIRED } from "../auth/sign-in";
import { currentTotp, newTotpSecret } from "../auth/two-factor";
import { changeRoleAction } from "../members/actions";
import { updateOrganizationAction } from "../organizations/actions";
import { TWO_FACTOR_FIRST } from "../organizations/data";
import { actAs, createOrganizationFixture, TEST_PASSWORD, testDb, unique } from "../testing/fixtures";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "./actions";

const address = () => `enrol-${unique("a")}`;

/** The signed-in owner turns on "require two-factor" for the whole organization. */
const requireTwoFactorIn = (organization: { slug: string; name: string }) =>
  updateOrganizationAction(organization.slug, { name: organization.name, requireTwoFactor: true, version: 0 });

describe("two-factor enrolment", () => {
  it("asks for the password, turns on only after a correct code, yields hashed single-use recovery codes, and turns off with the password", async () => {
    const { members } = await createOrganizationFixture("Enrol");
    const user = members.CONVENER.user;
    await actAs(user);

    expect(await startTwoFactorAction({})).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array) } });
    expect(await startTwoFactorAction({ password: "not-the-password" })).toMatchObject({
      ok: false,
      reason: "WRONG_PASSWORD",
      fieldErrors: { password: ["The password is incorrect."] },
    });
    const started = await startTwoFactorAction({ password: TEST_PASSWORD });
    if (!started.ok) throw new Error(started.message);
    expect(started.data.uri).toMatch(/^otpauth:\/\/totp\/Parley:.+\?.*secret=/);
    expect(started.data.qrSvg).toMatch(/^<svg/);
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).toMatchObject({
      ok: true,
    });

    expect(await confirmTwoFactorAction({ code: "12345" })).toMatchObject({
      ok: false,
      reason: "INVALID",
      fieldErrors: { code: expect.any(Array) },
    });
    const code = currentTotp(started.data.secret);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await confirmTwoFactorAction({ code: wrong })).toMatchObject({ ok: false, reason: "WRONG_CODE" });

    const confirmed = await confirmTwoFactorAction({ code });
    if (!confirmed.ok) throw new Error(confirmed.message);
    expect(confirmed.data.recoveryCodes).toHaveLength(10);
    const stored = await testDb.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((row) => row.codeHash)).not.toContain(confirmed.data.recoveryCodes[0]);
    const base = { email: user.email, password: TEST_PASSWORD, address: address() };
    expect(await signInWithPassword(base)).toEqual({ ok: false, error: TWO_FACTOR_REQUIRED });
    // The code that confirmed enrolment is spent: it cannot sign in too.
    expect(await signInWithPassword({ ...base, code })).toMatchObject({ ok: false });

    expect(await disableTwoFactorAction({ password: "not-it" })).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.any(Array) },
    });
    expect(await disableTwoFactorAction({ password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect(await testDb.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps the factor in force while a new enrolment waits for its code", async () => {
    const { members } = await createOrganizationFixture("Reenrol");
    const user = members.VIEWER.user;
    const secret = newTotpSecret();
    await testDb.user.update({ where: { id: user.id }, data: { totpSecret: secret, twoFactorEnabledAt: new Date() } });
    await actAs(user);

    const restarted = await startTwoFactorAction({ password: TEST_PASSWORD });
    if (!restarted.ok) throw new Error(restarted.message);
    const row = await testDb.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.twoFactorEnabledAt).not.toBeNull();
    expect(row.totpSecret).toBe(secret);
    const base = { email: user.email, password: TEST_PASSWORD, address: address() };
    expect(await signInWithPassword(base)).toEqual({ ok: false, error: TWO_FACTOR_REQUIRED });
    expect(await signInWithPassword({ ...base, code: currentTotp(secret) })).toMatchObject({ ok: true });

    expect(await confirmTwoFactorAction({ code: currentTotp(restarted.data.secret) })).toMatchObject({ ok: true });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret).toBe(restarted.data.secret);
  });

  it("is enforced when an owner requires it: members without it can neither open nor change anything", async () => {
    const { organization, members } = await createOrganizationFixture("Required");
    await testDb.user.update({
      where: { id: members.OWNER.userId },
      data: { totpSecret: newTotpSecret(), twoFactorEnabledAt: new Date() },
    });
    await actAs(members.OWNER.user);
    expect(await requireTwoFactorIn(organization)).toMatchObject({ ok: true });

    await actAs(members.CONVENER.user);
    expect(await getMemberContext(organization.slug)).toMatchObject({ twoFactorSatisfied: false });
    await actAs(members.OWNER.user);
    expect(await getMemberContext(organization.slug)).toMatchObject({ twoFactorSatisfied: true });
    await actAs(members.VIEWER.user);
    expect(
      await changeRoleAction(organization.slug, { memberId: members.VIEWER.id, version: 0, role: "CONVENER" }),
    ).toMatchObject({ ok: false, reason: "TWO_FACTOR_REQUIRED" });
    expect((await testDb.member.findUniqueOrThrow({ where: { id: members.VIEWER.id } })).role).toBe("VIEWER");
  });

  it("cannot be required by an owner who has not enrolled, who is sent to enrol instead of being shut out", async () => {
    const { organization, members } = await createOrganizationFixture("Lockout");
    await actAs(members.OWNER.user);
    expect(await requireTwoFactorIn(organization)).toMatchObject({
      ok: false,
      reason: "TWO_FACTOR_FIRST",
      fieldErrors: { requireTwoFactor: [TWO_FACTOR_FIRST] },
    });
    expect(await testDb.organization.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject({
      requireTwoFactor: false,
      version: 0,
    });
    expect(await getMemberContext(organization.slug)).toMatchObject({ twoFactorSatisfied: true });
  });
});
