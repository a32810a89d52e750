import type { OrganizationCase } from "./case-kinds";
import { inDialogue, orgLevel } from "./case-kinds";

/**
 * Test support: the action cases of readiness (checklist, reviews, templates), the context watch,
 * counterpart conditions and session outcomes. The rest are in action-cases.ts.
 */
export const readinessCases: Record<string, OrganizationCase> = {
  updateChecklistItemAction: inDialogue("record.edit", (t) => ({
    itemId: t.workspace.checklistItemId,
    version: 0,
    status: "ANSWERED",
    confidence: "HIGH",
    weight: 3,
  })),
  confirmChecklistItemAction: inDialogue("record.edit", (t) => ({ itemId: t.workspace.checklistItemId, version: 0 })),
  recordContextEventAction: orgLevel("record.edit", false, () => ({
    kind: "POLICY_SHIFT",
    occurredOn: "2026-11-01",
    title: "Eastmarch announces a review of its foreign contacts",
    source: "State news agency",
    note: "",
    counterparts: ["Republic of Eastmarch"],
  })),
  linkContextEventAction: inDialogue("record.edit", (t) => ({
    eventId: t.contextEventId,
    itemIds: [t.workspace.checklistItemId],
  })),
  recordOutcomeAction: inDialogue("record.edit", (t) => ({
    sessionId: t.workspace.heldSessionId,
    version: 0,
    outcome: "Both sides agreed to exchange fisheries data before the next round.",
  })),
  addFollowUpAction: inDialogue("record.edit", (t) => ({
    sessionId: t.workspace.heldSessionId,
    what: "Send the draft terms of reference",
    side: "OURS",
    dueDate: "2027-01-15",
  })),
  updateFollowUpAction: inDialogue("record.edit", (t) => ({
    followUpId: t.workspace.followUpId,
    version: 0,
    what: "Share the fisheries data set",
    side: "OURS",
    status: "DONE",
  })),
  addReadoutAction: inDialogue("record.edit", (t) => ({
    sessionId: t.workspace.heldSessionId,
    unit: "Ministry for Foreign Affairs, Asia department",
    briefedOn: "2026-06-10",
    briefedBy: "Head of programme",
    mode: "MEETING",
    reaction: "Interested in the data exchange.",
  })),
  addConditionAction: inDialogue("record.edit", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    text: "No media at the venue",
    side: "COUNTERPART",
    statedOn: "2026-10-01",
    source: "Call with the embassy",
    status: "STATED",
    gate: "on",
    formatIds: [t.workspace.currentFormatId],
  })),
  updateConditionAction: inDialogue("record.edit", (t) => ({
    conditionId: t.workspace.conditionId,
    version: 0,
    text: "Former officials of equal rank attend",
    side: "COUNTERPART",
    statedOn: "2026-09-01",
    source: "Letter from the embassy",
    status: "MET",
    sessionIds: [t.workspace.sessionId],
  })),
  saveTemplateAction: orgLevel("organization.manage", true, (t) => ({
    dialogueId: t.workspace.dialogue.id,
    name: "Skerry standard",
  })),
  addChecklistItemAction: inDialogue("record.edit", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    question: "Who funds the next round?",
  })),
  recordReviewAction: inDialogue("review.decide", (t) => ({
    dialogueId: t.workspace.dialogue.id,
    decision: "NOT_YET",
    rationale: "Access is still blocked.",
  })),
};
