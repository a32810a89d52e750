import {
  dialogueFields,
  inDialogue,
  type OrganizationCase,
  type OtherCase,
  orgLevel,
  sessionFields,
} from "./case-kinds";
import { unique } from "./fixtures";
import { readinessCases } from "./readiness-cases";

export type { OrganizationCase, OtherCase } from "./case-kinds";

/**
 * Test support (never imported by the app): a valid input for every server action, so the
 * cross-organization, restricted-dialogue and role matrices in authz.test.ts can run each one.
 * The organization they run against, and its snapshot, are in action-fixture.ts.
 */
export const actionCases: Record<string, OrganizationCase | OtherCase> = {
  updateOrganizationAction: orgLevel("organization.manage", false, (t) => ({
    name: "Renamed by someone",
    requireTwoFactor: false,
    version: t.organization.version,
  })),
  changeRoleAction: orgLevel("member.manage", true, (t) => ({
    memberId: t.members.VIEWER.id,
    version: 0,
    role: "CONVENER",
  })),
  setMemberStatusAction: orgLevel("member.manage", true, (t) => ({
    memberId: t.members.VIEWER.id,
    version: 0,
    status: "DISABLED",
  })),
  removeMemberAction: orgLevel("member.manage", true, (t) => ({ memberId: t.members.VIEWER.id, version: 0 })),
  createInviteAction: orgLevel("member.manage", false, () => ({
    email: `${unique("invitee")}@example.test`,
    role: "VIEWER",
  })),
  revokeInviteAction: orgLevel("member.manage", true, (t) => ({ inviteId: t.inviteId })),
  createDialogueAction: orgLevel("dialogue.manage", false, () => dialogueFields),
  updateDialogueAction: inDialogue("record.edit", (t) => ({
    ...dialogueFields,
    dialogueId: t.workspace.dialogue.id,
    version: 0,
  })),
  setDialogueTeamAction: inDialogue("dialogue.manage", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    version: 0,
    restricted: true,
    memberIds: [],
  })),
  deleteDialogueAction: inDialogue("dialogue.manage", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    version: 0,
    confirmTitle: t.workspace.dialogue.title,
  })),
  addFormatAction: inDialogue("record.edit", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    name: "Virtual check-in",
    mode: "VIRTUAL",
  })),
  updateFormatAction: inDialogue("record.edit", (t) => ({
    formatId: t.workspace.proposedFormatId,
    version: 0,
    name: "Hybrid in Bern",
    mode: "HYBRID",
  })),
  makeFormatCurrentAction: inDialogue("record.edit", (t) => ({
    formatId: t.workspace.proposedFormatId,
    version: 0,
    statusReason: "Visas refused for Oslo",
  })),
  rejectFormatAction: inDialogue("record.edit", (t) => ({
    formatId: t.workspace.proposedFormatId,
    version: 0,
    statusReason: "Too costly",
  })),
  checkImportAction: orgLevel("record.edit", false, () => ({
    fileName: "contacts.csv",
    csv: "Name,Category\nVeyra Quillon,Outside expert\n",
  })),
  importInterlocutorsAction: orgLevel("record.edit", false, () => ({
    fileName: "contacts.csv",
    csv: `Name,Category,Institution,Post title,Post from\n${unique("Veyra Quillon")},Outside expert,Harbour University,Fellow,2020-01-01\n`,
  })),
  mergeInterlocutorsAction: inDialogue("record.edit", (t) => ({
    interlocutorId: t.workspace.newcomerId,
    duplicateId: t.workspace.interlocutorId,
    version: 0,
  })),
  eraseInterlocutorAction: orgLevel("personal-data.manage", true, (t) => ({
    interlocutorId: t.workspace.interlocutorId,
    reason: "Erasure request received 2 November",
    confirm: "on",
  })),
  addInterlocutorAction: orgLevel("record.edit", false, () => ({
    name: "Sela Marrow",
    originalName: "리하늘",
    alternateSpellings: "S. Marrow",
    category: "OUTSIDE_EXPERT",
    confirmNew: "on",
  })),
  updateInterlocutorAction: inDialogue("record.edit", (t) => ({
    interlocutorId: t.workspace.interlocutorId,
    version: 0,
    name: "Tarn Velloc-Amsel",
    category: "FORMER_OFFICIAL",
  })),
  addInstitutionAction: orgLevel("record.edit", false, () => ({
    name: "Eastmarch Institute for Disarmament Studies",
    kind: "THINK_TANK",
  })),
  addAffiliationAction: inDialogue("record.edit", (t) => ({
    interlocutorId: t.workspace.interlocutorId,
    institutionId: t.workspace.institutionId,
    title: "Deputy director, Europe department",
    startsOn: "2026-01-01",
    confidence: "MEDIUM",
  })),
  logChangeAction: inDialogue("record.edit", (t) => ({
    interlocutorId: t.workspace.interlocutorId,
    kind: "APPOINTED",
    occurredOn: "2026-02-01",
    source: "Eastmarch state news agency",
    confidence: "HIGH",
    institutionId: t.workspace.institutionId,
    title: "Vice-minister",
  })),
  addParticipantAction: inDialogue("record.edit", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    interlocutorId: t.workspace.newcomerId,
    side: "THIRD_PARTY",
    role: "EXPERT",
    capacity: "PERSONAL",
    status: "INVITED",
    consent: "AFFILIATION_ONLY",
  })),
  updateParticipantAction: inDialogue("record.edit", (t) => ({
    participantId: t.workspace.participantId,
    version: 0,
    side: "COUNTERPART",
    role: "DELEGATION_LEAD",
    capacity: "OFFICIAL",
    status: "CONFIRMED",
    consent: "NAMED",
  })),
  addSessionParticipantAction: inDialogue("record.edit", (t) => ({
    sessionId: t.workspace.sessionId,
    participantId: t.workspace.spareParticipantId,
  })),
  updateSessionParticipantAction: inDialogue("record.edit", (t) => ({
    sessionParticipantId: t.workspace.sessionParticipantId,
    version: 0,
    attendance: "CONFIRMED",
    visa: "NEEDED",
    visaLeadDays: 30,
    interpretation: "Korean–English",
  })),
  recordScreeningAction: inDialogue("record.edit", (t) => ({
    sessionParticipantId: t.workspace.sessionParticipantId,
    lists: ["UN Security Council 1718 Committee"],
    checkedOn: "2026-11-20",
    result: "CLEAR",
    exemption: "NOT_NEEDED",
  })),
  attachContinuityAction: inDialogue("record.edit", (t) => ({
    itemId: t.workspace.checklistItemId,
    version: 0,
    fromSessionId: t.workspace.heldSessionId,
    toSessionId: t.workspace.sessionId,
  })),
  linkCounterpartAction: inDialogue("record.edit", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    institutionId: t.workspace.institutionId,
  })),
  unlinkCounterpartAction: inDialogue("record.edit", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    institutionId: t.workspace.counterpartInstitutionId,
  })),
  addThemeAction: inDialogue("record.edit", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    title: "Maritime incidents",
    ourPriority: 3,
    status: "PROPOSED",
  })),
  updateThemeAction: inDialogue("record.edit", (t) => ({
    themeId: t.workspace.themeId,
    version: 0,
    title: "Humanitarian access",
    ourPriority: 4,
    status: "AGREED",
  })),
  addSessionAction: inDialogue("record.edit", (t) => ({ ...sessionFields, dialogueId: t.workspace.dialogue.id })),
  updateSessionAction: inDialogue("record.edit", (t) => ({
    ...sessionFields,
    sessionId: t.workspace.sessionId,
    version: 0,
  })),
  addAgendaItemAction: inDialogue("record.edit", (t) => ({
    sessionId: t.workspace.sessionId,
    title: "Maritime incidents",
  })),
  moveAgendaItemAction: inDialogue("record.edit", (t) => ({ itemId: t.workspace.agendaItemId, direction: "down" })),
  removeAgendaItemAction: inDialogue("record.edit", (t) => ({ itemId: t.workspace.agendaItemId })),
  ...readinessCases,
  signUpAction: { kind: "public", why: "creates a new organization; reads and writes no existing one" },
  acceptInviteAction: {
    kind: "public",
    why: "authorised by the invitation token, not by membership; creates a new account only (lib/invites/data.test.ts)",
  },
  joinInviteAction: {
    kind: "account",
    why: "authorised by the invitation token and the signed-in address it names (lib/invites/data.test.ts)",
    input: { token: "not-a-real-invitation-token-0123456789" },
  },
  createOrganizationAction: {
    kind: "account",
    why: "creates a new organization owned by the caller",
    input: { name: "Another Institute" },
  },
  changePasswordAction: {
    kind: "account",
    why: "acts on the signed-in user only",
    input: { currentPassword: "fixture-password-0f-length", newPassword: "a-new-password-for-tests" },
  },
  signOutAction: { kind: "account", why: "ends the caller's own sign-in", input: {} },
  signOutEverywhereAction: { kind: "account", why: "acts on the signed-in user only", input: {} },
  revokeSignInAction: {
    kind: "account",
    why: "ends one of the caller's own sign-ins; another's is not found (lib/auth/session.test.ts)",
    input: { signInId: "someoneelsessignin" },
  },
  startTwoFactorAction: {
    kind: "account",
    why: "acts on the signed-in user only",
    input: { password: "fixture-password-0f-length" },
  },
  confirmTwoFactorAction: { kind: "account", why: "acts on the signed-in user only", input: { code: "123456" } },
  disableTwoFactorAction: { kind: "account", why: "acts on the signed-in user only", input: { password: "x" } },
};
