import { beforeAll, describe, expect, it } from "vitest";
import { createFixture, type Fixture } from "../testing/action-fixture";
import { testDb } from "../testing/fixtures";
import { smallArchive } from "../testing/small-archive";
import { createArchive, restoreArchive } from "./archive";

/**
 * A restore writes only its own organization: rows of another one, references outside the file,
 * and tables a backup never holds are refused before anything is written (lib/backup/contained.ts).
 */
let target: Fixture;

beforeAll(async () => {
  target = await createFixture("Contained");
});

describe("an archive that reaches outside its own organization", () => {
  const restoreSmall = async (extra: Parameters<typeof smallArchive>[0]) =>
    restoreArchive(testDb, Buffer.from(smallArchive(extra), "base64"));

  it("is refused when a row belongs to another organization, and nothing is written", async () => {
    const before = await testDb.organization.count();
    await expect(
      restoreSmall(() => ({
        Institution: [
          {
            id: "forged-institution",
            organizationId: target.organization.id,
            name: "Forged",
            kind: "OTHER",
            updatedAt: new Date().toISOString(),
          },
        ],
      })),
    ).rejects.toThrow(/belong to another organization/);
    expect(await testDb.organization.count()).toBe(before);
    expect(await testDb.institution.count({ where: { id: "forged-institution" } })).toBe(0);
  });

  it("is refused when a row refers to a person, a dialogue or an account that is not in it", async () => {
    const before = await testDb.organization.count();
    await expect(
      restoreSmall((organizationId) => ({
        Interlocutor: [
          {
            id: "own-person",
            organizationId,
            name: "Own Person",
            category: "OBSERVER",
            updatedAt: new Date().toISOString(),
          },
        ],
        InterlocutorChange: [
          {
            id: "forged-change",
            organizationId,
            interlocutorId: "own-person",
            kind: "REPLACED",
            occurredOn: "2026-01-01",
            source: "x",
            confidence: "LOW",
            // Someone of another organization, whose name the change would then show.
            successorId: target.workspace.interlocutorId,
          },
        ],
      })),
    ).rejects.toThrow(/refers to a Interlocutor that is not in it/);
    await expect(
      restoreSmall((organizationId) => ({
        Member: [
          {
            id: "forged-member",
            organizationId,
            userId: target.members.OWNER.userId,
            role: "OWNER",
            updatedAt: new Date().toISOString(),
          },
        ],
      })),
    ).rejects.toThrow(/refers to a User that is not in it/);
    expect(await testDb.organization.count()).toBe(before);
  });

  it("carries no credentials, and refuses a file with tables a backup never holds", async () => {
    const owner = await testDb.user.update({
      where: { id: target.members.OWNER.userId },
      data: { totpSecret: "JBSWY3DPEHPK3PXP" },
    });
    const { archive } = await createArchive(testDb, target.organization.id);
    const { gunzipSync } = await import("node:zlib");
    const text = gunzipSync(archive).toString("utf8");
    expect(owner.passwordHash).toBeTruthy();
    expect(text).not.toContain(owner.passwordHash as string);
    expect(text).not.toContain("JBSWY3DPEHPK3PXP");
    expect(text).not.toContain('"table":"RecoveryCode"');
    const codes = await testDb.recoveryCode.count({ where: { userId: owner.id } });
    await expect(
      restoreSmall(() => ({
        RecoveryCode: [{ id: "planted-code", userId: owner.id, codeHash: "a code the file's author knows" }],
      })),
    ).rejects.toThrow(/tables a backup never holds \(RecoveryCode\)/);
    await expect(restoreSmall(() => ({ RateLimit: [{ key: owner.email, count: 1000 }] }))).rejects.toThrow(
      /never holds/,
    );
    expect(await testDb.recoveryCode.count({ where: { userId: owner.id } })).toBe(codes);
  });
});
