import { describe, expect, it } from "vitest";
import { GET as followUps } from "../app/o/[slug]/dialogues/[dialogueId]/follow-ups/export/route";
import { GET as dialogues } from "../app/o/[slug]/dialogues/export/route";
import { GET as changes } from "../app/o/[slug]/interlocutors/changes/export/route";
import { GET as interlocutors } from "../app/o/[slug]/interlocutors/export/route";
import { actAs, createOrganizationFixture, createWorkspace, signedInWorkspace, testDb } from "./testing/fixtures";

type Route = (request: Request, context: never) => Promise<Response>;
const call = (route: Route, url: string, params: Record<string, string>) =>
  route(new Request(`http://parley.test${url}`), { params: Promise.resolve(params) } as never);

const lines = async (response: Response) =>
  (await response.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

describe("CSV exports", () => {
  it("export the filtered list the member can see, neutralise formulas, and leave an audit event", async () => {
    const { slug, organization, workspace } = await signedInWorkspace();
    const hidden = await createWorkspace(organization.id, { restricted: true });
    await testDb.interlocutor.update({
      where: { id: workspace.interlocutorId },
      data: { tags: ['=HYPERLINK("http://evil.example")'] },
    });
    const person = await testDb.interlocutor.findUniqueOrThrow({ where: { id: workspace.interlocutorId } });
    const secret = await testDb.interlocutor.findUniqueOrThrow({ where: { id: hidden.interlocutorId } });

    const all = await call(interlocutors, `/o/${slug}/interlocutors/export`, { slug });
    expect(all.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const rows = await lines(all);
    expect(rows[0]).toMatch(/^Name,Original script,/);
    expect(rows.some((row) => row.startsWith(person.name))).toBe(true);
    // Someone only in a restricted dialogue this convener is not on stays out, as on the page.
    expect(rows.some((row) => row.includes(secret.name))).toBe(false);
    expect(rows.find((row) => row.startsWith(person.name))).toContain("'=HYPERLINK(");

    // Searched by another spelling: the one visible Tarn Velloc, not the hidden namesake.
    const searched = await lines(await call(interlocutors, `/o/${slug}/interlocutors/export?q=Tarn%20Veloc`, { slug }));
    expect(searched).toHaveLength(2);

    const audit = await testDb.auditEvent.findMany({
      where: { organizationId: organization.id, action: "export.csv" },
    });
    expect(audit.map((event) => event.after)).toEqual([
      { list: "interlocutors", rows: rows.length - 1, filter: {} },
      { list: "interlocutors", rows: 1, filter: { q: "Tarn Veloc" } },
    ]);

    const listed = await lines(await call(dialogues, `/o/${slug}/dialogues/export`, { slug }));
    expect(listed).toHaveLength(2);
    expect(listed[1]).toContain(workspace.dialogue.title);
    expect((await lines(await call(changes, `/o/${slug}/interlocutors/changes/export`, { slug })))[0]).toMatch(
      /^Day,Person,/,
    );
    const commitments = await lines(
      await call(followUps, `/o/${slug}/dialogues/${workspace.dialogue.id}/follow-ups/export`, {
        slug,
        dialogueId: workspace.dialogue.id,
      }),
    );
    expect(commitments[1]).toMatch(/^Share the fisheries data set,Round 3,Our institute,,,Open$/);
  });

  it("are not found for another organization's member, or outside a restricted dialogue's team", async () => {
    const { slug, organization } = await signedInWorkspace();
    const hidden = await createWorkspace(organization.id, { restricted: true });
    const params = { slug, dialogueId: hidden.dialogue.id };
    expect((await call(followUps, `/o/${slug}/dialogues/${hidden.dialogue.id}/follow-ups/export`, params)).status).toBe(
      404,
    );
    const stranger = await createOrganizationFixture("ExportsB");
    await actAs(stranger.members.OWNER.user);
    for (const route of [interlocutors, dialogues, changes]) {
      expect((await call(route, `/o/${slug}/x`, { slug })).status).toBe(404);
    }
    expect(await testDb.auditEvent.count({ where: { organizationId: organization.id, action: "export.csv" } })).toBe(0);
  });
});
