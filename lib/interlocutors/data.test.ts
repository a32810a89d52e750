import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { signedInWorkspace as setup, testDb } from "../testing/fixtures";
import {
  addAffiliationAction,
  addInstitutionAction,
  addInterlocutorAction,
  logChangeAction,
  updateInterlocutorAction,
} from "./actions";
import { listInterlocutors } from "./reads";

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

  it("are ranked by how a spelling meets the query: the same, beginning with it, containing it, near", async () => {
    const { slug } = await setup();
    // Word similarity alone put the near miss (Talvem, 5 of 7 trigrams) above the name that holds
    // the query mid-word (Ortalvenko, 4 of 7).
    const people = [
      { name: "Ortalvenko Sa" },
      { name: "Talvem Osk" },
      { name: "Talvenko Ra" },
      { name: "Zora Quill", alternateSpellings: "Talven" },
      { name: "Talven Mi" },
    ];
    for (const fields of people) {
      const added = await addInterlocutorAction(slug, { ...fields, category: "OUTSIDE_EXPERT", confirmNew: true });
      expect(added).toMatchObject({ ok: true });
    }
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    const { rows, total } = await listInterlocutors(context, { q: "talven", page: 1 });
    expect(rows.map((row) => row.name)).toEqual([
      "Zora Quill",
      "Talven Mi",
      "Talvenko Ra",
      "Ortalvenko Sa",
      "Talvem Osk",
    ]);
    expect(total).toBe(5);
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

describe("the change log", () => {
  it("closes the old post and opens the successor's in one transaction, audited, when someone is replaced", async () => {
    const { slug, workspace, organization } = await setup();
    const post = {
      interlocutorId: workspace.interlocutorId,
      institutionId: workspace.institutionId,
      title: "Director, Europe department",
      startsOn: "2024-03-01",
      confidence: "HIGH",
    };
    expect(await addAffiliationAction(slug, post)).toMatchObject({ ok: true });
    const successor = await addInterlocutorAction(slug, {
      name: "Oren Castell",
      category: "COUNTERPART_OFFICIAL",
      confirmNew: "on",
    });
    if (!successor.ok) throw new Error(successor.message);
    const change = {
      interlocutorId: workspace.interlocutorId,
      kind: "REPLACED",
      occurredOn: "2026-09-15",
      source: "Eastmarch state news agency, 15 September",
      confidence: "MEDIUM",
      successorId: successor.data.id,
    };
    const audited = await testDb.auditEvent.count({ where: { organizationId: organization.id } });
    expect(await logChangeAction(slug, change)).toMatchObject({ ok: true, data: { kind: "REPLACED" } });

    const old = await testDb.affiliation.findFirstOrThrow({ where: { interlocutorId: workspace.interlocutorId } });
    expect(old.endsOn?.toISOString().slice(0, 10)).toBe("2026-09-14");
    const taken = await testDb.affiliation.findFirstOrThrow({ where: { interlocutorId: successor.data.id } });
    expect(taken).toMatchObject({ title: "Director, Europe department", endsOn: null });
    expect(taken.startsOn.toISOString().slice(0, 10)).toBe("2026-09-15");
    const events = await testDb.auditEvent.findMany({
      where: { organizationId: organization.id },
      orderBy: { createdAt: "asc" },
      skip: audited,
      select: { action: true },
    });
    expect(events.map((event) => event.action)).toEqual([
      "affiliation.closed",
      "affiliation.added",
      "interlocutor.change_logged",
    ]);
  });

  it("refuses an unknown successor, a change with no post to end, and one dated before the post began", async () => {
    const { slug, workspace } = await setup();
    const base = {
      interlocutorId: workspace.interlocutorId,
      occurredOn: "2026-09-15",
      source: "A briefing",
      confidence: "LOW",
    };
    expect(await logChangeAction(slug, { ...base, kind: "REPLACED", successorId: "nobodyatall" })).toMatchObject({
      ok: false,
      fieldErrors: { successorId: ["Choose who replaced them."] },
    });
    expect(await logChangeAction(slug, { ...base, kind: "REPLACED" })).toMatchObject({
      ok: false,
      fieldErrors: { successorId: ["Choose who replaced them."] },
    });
    const retired = await logChangeAction(slug, { ...base, kind: "RETIRED" });
    expect(retired).toMatchObject({ ok: false, reason: "INVALID" });
    expect(retired.ok ? "" : retired.message).toMatch(/holds no recorded post on 2026-09-15/);
    await addAffiliationAction(slug, {
      interlocutorId: workspace.interlocutorId,
      institutionId: workspace.institutionId,
      title: "Counsellor",
      startsOn: "2026-09-15",
      confidence: "HIGH",
    });
    const sameDay = await logChangeAction(slug, { ...base, kind: "RETIRED" });
    expect(sameDay.ok ? "" : sameDay.message).toMatch(/cannot end it before it began/);
    expect(await testDb.interlocutorChange.count({ where: { interlocutorId: workspace.interlocutorId } })).toBe(0);
  });
});

describe("editing an interlocutor", () => {
  it("re-derives the spellings search finds, and refuses a stale version with the other person's values", async () => {
    const { slug, workspace } = await setup();
    const edit = {
      interlocutorId: workspace.interlocutorId,
      version: 0,
      name: "Pak To-yun",
      originalName: "박도윤",
      category: "COUNTERPART_OFFICIAL",
    };
    expect(await updateInterlocutorAction(slug, edit)).toMatchObject({ ok: true, data: { version: 1 } });
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    const { rows } = await listInterlocutors(context, { q: "Park Do-yun", page: 1 });
    expect(rows.map((row) => row.id)).toContain(workspace.interlocutorId);

    const stale = await updateInterlocutorAction(slug, { ...edit, name: "Someone Else" });
    expect(stale).toMatchObject({ ok: false, reason: "CONFLICT", current: { name: "Pak To-yun", version: 1 } });
    const row = await testDb.interlocutor.findUniqueOrThrow({ where: { id: workspace.interlocutorId } });
    expect(row).toMatchObject({ name: "Pak To-yun", version: 1 });
  });
});
