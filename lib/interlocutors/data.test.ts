import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { signedInWorkspace as setup, testDb } from "../testing/fixtures";
import { addAffiliationAction, addInstitutionAction, addInterlocutorAction } from "./actions";
import { listInterlocutors } from "./data";

const person = { name: "Ri Ha-neul", originalName: "리하늘", category: "COUNTERPART_OFFICIAL" };

describe("interlocutors", () => {
  it("are found by any spelling, typed or derived from the Hangul, ignoring case, accents and hyphens", async () => {
    const { slug } = await setup();
    const added = await addInterlocutorAction(slug, { ...person, alternateSpellings: "Ha-neul R." });
    expect(added).toMatchObject({ ok: true });
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    for (const query of ["Lee Ha-neul", "RHEE HANEUL", "Yi Ha Nŭl", "Ri Ha-nŭl", "ha-neul r", "리하늘"]) {
      const { rows } = await listInterlocutors(context, { q: query, page: 1 });
      expect(
        rows.map((row) => row.name),
        query,
      ).toContain("Ri Ha-neul");
    }
    const { rows } = await listInterlocutors(context, { q: "Somebody Else Entirely", page: 1 });
    expect(rows.map((row) => row.name)).not.toContain("Ri Ha-neul");
  });

  it("warn of a possible duplicate before saving, and save once told it is someone else", async () => {
    const { slug, organization } = await setup();
    expect(await addInterlocutorAction(slug, person)).toMatchObject({ ok: true });
    const again = await addInterlocutorAction(slug, { name: "Lee Haneul", category: "COUNTERPART_OFFICIAL" });
    expect(again).toMatchObject({ ok: false, reason: "POSSIBLE_DUPLICATE" });
    expect(again.ok ? "" : again.message).toContain("Possible duplicate of Ri Ha-neul");
    expect(await testDb.interlocutor.count({ where: { organizationId: organization.id, name: "Lee Haneul" } })).toBe(0);
    const confirmed = await addInterlocutorAction(slug, {
      name: "Lee Haneul",
      category: "COUNTERPART_OFFICIAL",
      confirmNew: "on",
    });
    expect(confirmed).toMatchObject({ ok: true });
  });

  it("hold dated posts that may not overlap or end before they begin", async () => {
    const { slug, workspace } = await setup();
    const institution = await addInstitutionAction(slug, { name: "Eastmarch Academy of Sciences", kind: "UNIVERSITY" });
    if (!institution.ok) throw new Error(institution.message);
    const post = (startsOn: string, endsOn = "") => ({
      interlocutorId: workspace.interlocutorId,
      institutionId: institution.data.id,
      title: "Senior researcher",
      startsOn,
      endsOn,
      confidence: "HIGH",
    });
    expect(await addAffiliationAction(slug, post("2020-01-01", "2023-06-30"))).toMatchObject({ ok: true });
    expect(await addAffiliationAction(slug, post("2024-01-01", "2023-01-01"))).toMatchObject({
      ok: false,
      reason: "INVALID",
      fieldErrors: { endsOn: ["A post cannot end before it begins."] },
    });
    const overlap = await addAffiliationAction(slug, post("2023-06-30"));
    expect(overlap).toMatchObject({
      ok: false,
      reason: "INVALID",
      fieldErrors: { startsOn: [expect.stringMatching(/^Overlaps the post “Senior researcher”/)] },
    });
    expect(await addAffiliationAction(slug, post("2023-07-01"))).toMatchObject({ ok: true });
    expect(await testDb.affiliation.count({ where: { interlocutorId: workspace.interlocutorId } })).toBe(2);
  });
});
