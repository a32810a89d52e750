import { listAuditEntities, listAuditEvents, listEntityHistories } from "../audit";
import type { MemberContext } from "../auth/member";
import { listConditions } from "../conditions/reads";
import { getContextEvent, listContextEvents, listCounterpartNames } from "../context/reads";
import { getDashboard } from "../dialogues/dashboard";
import {
  getDialogue,
  getDialogueChoice,
  listDialogueChoices,
  listDialogueHistory,
  listDialogues,
} from "../dialogues/reads";
import { listFormats } from "../formats/data";
import { getInstitution, listInstitutions } from "../institutions/reads";
import { listRecentChanges } from "../interlocutors/change-reads";
import { getPersonalData, listReviewsDue } from "../interlocutors/personal-data";
import { getInterlocutor, getInterlocutorRedirect, listInterlocutors } from "../interlocutors/reads";
import { listOpenInvites } from "../invites/data";
import { listMembers } from "../members/data";
import { getOrganizationSettings } from "../organizations/data";
import { getSessionOutcome, listOpenFollowUps } from "../outcomes/reads";
import { getBriefingPack } from "../packs/reads";
import { getContinuity } from "../participants/continuity-reads";
import { getSessionRoster, listParticipants, listSessionRoll } from "../participants/reads";
import { getChecklist, listReviews } from "../readiness/data";
import { getReadinessHistory, listTemplates } from "../readiness/reads";
import { getSession, getSessionForCalendar, listSessions } from "../sessions/data";
import { listThemes } from "../themes/data";
import type { Fixture } from "./action-fixture";
import type { Workspace } from "./fixtures";

/**
 * Test support (never imported by the app): a case for every get* and list* of the data layer, for
 * the read matrix in lib/reads.test.ts, as action-cases.ts holds one for every server action.
 */
export type Target = { fixture: Fixture; workspace: Workspace };
export type ReadCase =
  | { kind: "dialogue"; read: (context: MemberContext, target: Target) => Promise<unknown> }
  | {
      kind: "organization";
      read: (context: MemberContext, target: Target) => Promise<unknown>;
      /** What would show A's data when ids cannot (B's own fixture has no audit events). */
      markers?: string[];
    }
  | { kind: "other"; why: string };

const w = (target: Target) => target.workspace;

export const readCases: Record<string, ReadCase> = {
  getDialogue: { kind: "dialogue", read: (c, t) => getDialogue(c, w(t).dialogue.id) },
  listDialogues: { kind: "dialogue", read: (c) => listDialogues(c, { sort: "updated", page: 1 }) },
  listDialogueChoices: { kind: "dialogue", read: (c, t) => listDialogueChoices(c, w(t).dialogue.title) },
  getDialogueChoice: { kind: "dialogue", read: (c, t) => getDialogueChoice(c, w(t).dialogue.id) },
  getDashboard: { kind: "dialogue", read: (c) => getDashboard(c, 1) },
  listDialogueHistory: { kind: "dialogue", read: (c, t) => listDialogueHistory(c, w(t).dialogue.id) },
  listFormats: { kind: "dialogue", read: (c, t) => listFormats(c, w(t).dialogue.id) },
  listThemes: { kind: "dialogue", read: (c, t) => listThemes(c, w(t).dialogue.id) },
  listSessions: { kind: "dialogue", read: (c, t) => listSessions(c, w(t).dialogue.id) },
  getSession: { kind: "dialogue", read: (c, t) => getSession(c, w(t).dialogue.id, w(t).sessionId) },
  getSessionForCalendar: {
    kind: "dialogue",
    read: (c, t) => getSessionForCalendar(c, w(t).dialogue.id, w(t).sessionId),
  },
  getChecklist: { kind: "dialogue", read: (c, t) => getChecklist(c, w(t).dialogue.id) },
  listReviews: { kind: "dialogue", read: (c, t) => listReviews(c, w(t).dialogue.id) },
  listMembers: { kind: "organization", read: (c) => listMembers(c) },
  listOpenInvites: { kind: "organization", read: (c) => listOpenInvites(c) },
  getOrganizationSettings: { kind: "organization", read: (c) => getOrganizationSettings(c) },
  listAuditEvents: { kind: "organization", read: (c) => listAuditEvents(c, {}) },
  listAuditEntities: {
    kind: "organization",
    read: (c) => listAuditEntities(c),
    markers: ["ChecklistItem", "ReadinessReview"],
  },
  // Scoped by organization here; the ids it is given come from a visibility-checked read (getChecklist).
  listEntityHistories: {
    kind: "organization",
    read: async (c, t) => Object.fromEntries(await listEntityHistories(c, "ChecklistItem", [w(t).checklistItemId])),
  },
  // People in a restricted dialogue only are hidden like the dialogue: these run in both matrices.
  listInterlocutors: { kind: "dialogue", read: (c) => listInterlocutors(c, { page: 1 }) },
  "listInterlocutors:search": { kind: "dialogue", read: (c) => listInterlocutors(c, { q: "Tarn Veloc", page: 1 }) },
  getInterlocutor: { kind: "dialogue", read: (c, t) => getInterlocutor(c, w(t).interlocutorId) },
  listRecentChanges: { kind: "dialogue", read: (c) => listRecentChanges(c) },
  "listRecentChanges:dialogue": {
    kind: "dialogue",
    read: (c, t) => listRecentChanges(c, { dialogueId: w(t).dialogue.id }),
  },
  // Both organizations have an institution of this name: only the reader's own may come back.
  listInstitutions: { kind: "organization", read: (c) => listInstitutions(c, "Eastmarch") },
  getInstitution: { kind: "organization", read: (c, t) => getInstitution(c, w(t).counterpartInstitutionId) },
  // Both workspaces' counterpart officials are overdue for review (set below).
  listReviewsDue: { kind: "dialogue", read: (c) => listReviewsDue(c) },
  getPersonalData: { kind: "dialogue", read: (c, t) => getPersonalData(c, w(t).interlocutorId) },
  // Each workspace's counterpart official has a merged-away duplicate leading to them (set below).
  getInterlocutorRedirect: {
    kind: "dialogue",
    read: (c, t) => getInterlocutorRedirect(c, `merged${w(t).interlocutorId}`),
  },
  listParticipants: { kind: "dialogue", read: (c, t) => listParticipants(c, w(t).dialogue.id, new Date()) },
  getSessionRoster: { kind: "dialogue", read: (c, t) => getSessionRoster(c, w(t).dialogue.id, w(t).sessionId) },
  listSessionRoll: {
    kind: "dialogue",
    read: (c, t) => listSessionRoll(c, w(t).dialogue.id, { id: w(t).sessionId, startsAt: new Date() }),
  },
  getContinuity: { kind: "dialogue", read: (c, t) => getContinuity(c, w(t).dialogue.id) },
  listTemplates: { kind: "organization", read: (c) => listTemplates(c), markers: ["Skerry standard"] },
  getReadinessHistory: { kind: "dialogue", read: (c, t) => getReadinessHistory(c, w(t).dialogue) },
  getBriefingPack: { kind: "dialogue", read: (c, t) => getBriefingPack(c, w(t).dialogue.id, w(t).sessionId) },
  listConditions: { kind: "dialogue", read: (c, t) => listConditions(c, w(t).dialogue.id) },
  getSessionOutcome: {
    kind: "dialogue",
    read: (c, t) => getSessionOutcome(c, w(t).dialogue.id, w(t).heldSessionId),
  },
  listOpenFollowUps: { kind: "dialogue", read: (c, t) => listOpenFollowUps(c, w(t).dialogue.id) },
  // Events are the organization's; the items they are linked to are hidden with their dialogue.
  listContextEvents: { kind: "organization", read: (c) => listContextEvents(c, 1) },
  getContextEvent: { kind: "dialogue", read: (c, t) => getContextEvent(c, t.fixture.contextEventId) },
  // Each workspace's counterpart is named after it (below), so a leak would show.
  listCounterpartNames: { kind: "dialogue", read: (c) => listCounterpartNames(c) },
  getOpenInvite: { kind: "other", why: "authorised by the invitation token alone (lib/invites/data.test.ts)" },
  listMyOrganizations: { kind: "other", why: "the signed-in user's own memberships, by their id from the session" },
};
