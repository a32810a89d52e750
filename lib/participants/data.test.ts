import { describe, expect, it } from "vitest";
import { getMemberContext, type MemberContext } from "../auth/member";
import { logChangeAction } from "../interlocutors/actions";
import { updateOrganizationAction } from "../organizations/actions";
import { updateSessionAction } from "../sessions/actions";
import { actAs, signedInWorkspace as setup, testDb } from "../testing/fixtures";
import {
  addParticipantAction,
  addSessionParticipantAction,
  recordScreeningAction,
  updateParticipantAction,
  updateSessionParticipantAction,
} from "./actions";
import { listParticipants } from "./reads";

const ALL_LISTS = [
  "UN Security Council 1718 Committee",
  "EU consolidated list (incl. EU human-rights regime)",
  "National list",
];

/** The errors beside each field of a refused action (none for any other result). */
const fieldErrorsOf = (result: { ok: boolean }) =>
  ("fieldErrors" in result ? result.fieldErrors : undefined) as Record<string, string[]> | undefined;

async function contextOf(slug: string): Promise<MemberContext> {
  const context = await getMemberContext(slug);
  if (!context) throw new Error("expected a membership");
  return context;
}

const session = {
  title: "Round 4",
  startsAt: "2027-03-02T09:30",
  endsAt: "2027-03-02T17:00",
  timeZone: "Europe/Oslo",
};

describe("participation", () => {
  it("refuses a second participation of one person, with the reason beside the person", async () => {
    const { slug, workspace } = await setup();
    const again = await addParticipantAction(slug, {
      dialogueId: workspace.dialogue.id,
      interlocutorId: workspace.interlocutorId,
      side: "COUNTERPART",
      role: "MEMBER",
      capacity: "OFFICIAL",
      status: "INVITED",
      consent: "NAMED",
    });
    expect(again).toMatchObject({ ok: false, reason: "INVALID" });
    expect(fieldErrorsOf(again)?.interlocutorId?.[0]).toContain("already takes part");
    const nobody = await addParticipantAction(slug, {
      dialogueId: workspace.dialogue.id,
      interlocutorId: "",
      side: "COUNTERPART",
      role: "MEMBER",
      capacity: "OFFICIAL",
      status: "INVITED",
      consent: "NAMED",
    });
    expect(fieldErrorsOf(nobody)?.interlocutorId).toEqual([
      "Type any spelling of their name, then choose them from the list.",
    ]);
  });

  it("refuses an edit made from a stale version, and bad input beside its field", async () => {
    const { slug, workspace } = await setup();
    const terms = { side: "COUNTERPART", role: "MEMBER", capacity: "OFFICIAL", status: "CONFIRMED", consent: "NAMED" };
    const first = await updateParticipantAction(slug, { participantId: workspace.participantId, version: 0, ...terms });
    expect(first).toMatchObject({ ok: true });
    const stale = await updateParticipantAction(slug, { participantId: workspace.participantId, version: 0, ...terms });
    expect(stale).toMatchObject({ ok: false, reason: "CONFLICT" });
    const bad = await updateSessionParticipantAction(slug, {
      sessionParticipantId: workspace.sessionParticipantId,
      version: 0,
      attendance: "CONFIRMED",
      visa: "NEEDED",
    });
    expect(bad).toMatchObject({ ok: false, reason: "INVALID" });
    expect(fieldErrorsOf(bad)).toHaveProperty("visaLeadDays");
  });

  it("shows the roster with everyone's post as of any day", async () => {
    const { slug, workspace } = await setup();
    const post = (title: string, occurredOn: string) => ({
      interlocutorId: workspace.interlocutorId,
      kind: "APPOINTED",
      occurredOn,
      source: "State news agency (fictional)",
      confidence: "HIGH",
      institutionId: workspace.institutionId,
      title,
    });
    expect(await logChangeAction(slug, post("Director", "2020-01-01"))).toMatchObject({ ok: true });
    expect(
      await logChangeAction(slug, { ...post("Vice-minister", "2025-01-01"), kind: "PROMOTED", seniority: "5" }),
    ).toMatchObject({ ok: true });
    const context = await contextOf(slug);
    const titleOn = async (iso: string) => {
      const rows = await listParticipants(context, workspace.dialogue.id, new Date(`${iso}T00:00:00Z`));
      const row = rows.find((participant) => participant.interlocutorId === workspace.interlocutorId);
      return row?.interlocutor.affiliations[0]?.title ?? null;
    };
    expect(await titleOn("2019-12-31")).toBeNull();
    expect(await titleOn("2024-12-31")).toBe("Director");
    expect(await titleOn("2025-01-01")).toBe("Vice-minister");
  });
});

describe("the screening gate on confirming a session", () => {
  it("refuses while a participant is unscreened, naming them, and confirms once they are cleared", async () => {
    const { slug, workspace } = await setup();
    const confirm = (version: number) =>
      updateSessionAction(slug, { ...session, sessionId: workspace.sessionId, version, status: "CONFIRMED" });
    const refused = await confirm(0);
    expect(refused).toMatchObject({ ok: false, reason: "INVALID" });
    const person = await testDb.interlocutor.findUniqueOrThrow({ where: { id: workspace.interlocutorId } });
    expect(fieldErrorsOf(refused)?.status?.[0]).toContain(`${person.name} has not been screened`);
    expect((await testDb.session.findUniqueOrThrow({ where: { id: workspace.sessionId } })).status).toBe("PLANNED");

    const screen = (fields: object) =>
      recordScreeningAction(slug, {
        sessionParticipantId: workspace.sessionParticipantId,
        lists: ALL_LISTS,
        checkedOn: "2026-11-20",
        ...fields,
      });
    // A match needs an exemption; a granted one needs its reference.
    const noExemption = await screen({ result: "POSSIBLE_MATCH", exemption: "NOT_NEEDED" });
    expect(fieldErrorsOf(noExemption)).toHaveProperty("exemption");
    expect(await screen({ result: "POSSIBLE_MATCH", exemption: "REQUESTED" })).toMatchObject({ ok: true });
    const stillRefused = await confirm(0);
    expect(stillRefused.ok ? "" : stillRefused.message).toContain("possible match, and the exemption is requested");

    const grantedWithoutReference = await screen({ result: "POSSIBLE_MATCH", exemption: "GRANTED" });
    expect(fieldErrorsOf(grantedWithoutReference)).toHaveProperty("exemptionReference");
    expect(
      await screen({ result: "POSSIBLE_MATCH", exemption: "GRANTED", exemptionReference: "EXM-2026-114 (fictional)" }),
    ).toMatchObject({ ok: true });
    expect(await confirm(0)).toMatchObject({ ok: true });

    // Once confirmed, nobody joins without going back to planned.
    const late = await addSessionParticipantAction(slug, {
      sessionId: workspace.sessionId,
      participantId: workspace.spareParticipantId,
    });
    expect(fieldErrorsOf(late)?.participantId?.[0]).toContain("is confirmed");
  });

  it("asks for every list in the organization's set, which its owners configure", async () => {
    const { slug, workspace, members, organization } = await setup();
    await recordScreeningAction(slug, {
      sessionParticipantId: workspace.sessionParticipantId,
      lists: ALL_LISTS,
      checkedOn: "2026-11-20",
      result: "CLEAR",
      exemption: "NOT_NEEDED",
    });
    await actAs(members.OWNER.user);
    const settings = {
      name: organization.name,
      requireTwoFactor: false,
      version: organization.version,
      screeningLists: `${ALL_LISTS.join("\n")}\nSwiss SECO list (fictional entry)\n`,
    };
    expect(await updateOrganizationAction(slug, settings)).toMatchObject({ ok: true });
    const refused = await updateSessionAction(slug, {
      ...session,
      sessionId: workspace.sessionId,
      version: 0,
      status: "CONFIRMED",
    });
    expect(fieldErrorsOf(refused)?.status?.[0]).toContain("has not been screened against Swiss SECO list");
    const empty = await updateOrganizationAction(slug, {
      ...settings,
      version: organization.version + 1,
      screeningLists: "",
    });
    expect(fieldErrorsOf(empty)).toHaveProperty("screeningLists");
  });

  it("refuses a screening against a list that is not the organization's", async () => {
    const { slug, workspace } = await setup();
    const made = await recordScreeningAction(slug, {
      sessionParticipantId: workspace.sessionParticipantId,
      lists: ["Some list we never chose"],
      checkedOn: "2026-11-20",
      result: "CLEAR",
      exemption: "NOT_NEEDED",
    });
    expect(fieldErrorsOf(made)).toHaveProperty("lists");
    expect(await testDb.screening.count({ where: { sessionParticipantId: workspace.sessionParticipantId } })).toBe(0);
  });
});
