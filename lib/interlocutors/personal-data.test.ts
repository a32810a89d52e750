import { describe, expect, it } from "vitest";
import { GET } from "../../app/o/[slug]/interlocutors/[interlocutorId]/personal-data/route";
import { getMemberContext } from "../auth/member";
import { actAs, signedInWorkspace, testDb } from "../testing/fixtures";
import { updateInterlocutorAction } from "./actions";
import { listReviewsDue } from "./personal-data";

const call = (slug: string, interlocutorId: string) =>
  GET(new Request(`http://parley.test/o/${slug}/interlocutors/${interlocutorId}/personal-data`), {
    params: Promise.resolve({ slug, interlocutorId }),
  });

describe("personal data", () => {
  it("keeps a lawful basis and a review date, and lists the records past it", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const person = await testDb.interlocutor.findUniqueOrThrow({ where: { id: workspace.interlocutorId } });
    const edit = {
      interlocutorId: person.id,
      version: person.version,
      name: person.name,
      category: person.category,
      lawfulBasis: "Legitimate interest: counterpart in an active dialogue",
      reviewBy: "2026-01-01",
    };
    expect(await updateInterlocutorAction(slug, edit)).toMatchObject({
      ok: true,
      data: { lawfulBasis: edit.lawfulBasis, reviewBy: new Date("2026-01-01T00:00:00Z") },
    });
    expect(
      await updateInterlocutorAction(slug, { ...edit, version: person.version + 1, reviewBy: "not a day" }),
    ).toMatchObject({
      reason: "INVALID",
      fieldErrors: { reviewBy: [expect.any(String)] },
    });
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    expect(await listReviewsDue(context)).toMatchObject({ total: 1, rows: [{ id: person.id }] });
  });

  it("exports everything held on a person as JSON, for owners only, and records it", async () => {
    const { slug, workspace, members, organization } = await signedInWorkspace();
    // A convener may not: it is as if the route did not exist.
    expect((await call(slug, workspace.interlocutorId)).status).toBe(404);
    await actAs(members.OWNER.user);
    const response = await call(slug, workspace.interlocutorId);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const body = await response.json();
    expect(body.person.id).toBe(workspace.interlocutorId);
    expect(body.person.participations).toHaveLength(1);
    expect(body.person.participations[0].sessions).toHaveLength(2);
    expect(
      await testDb.auditEvent.count({
        where: {
          organizationId: organization.id,
          action: "interlocutor.personal_data_exported",
          entityId: workspace.interlocutorId,
        },
      }),
    ).toBe(1);
    expect((await call(slug, "no-such-person")).status).toBe(404);
  });
});
