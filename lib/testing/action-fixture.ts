import type { OrganizationFixture, Workspace } from "./fixtures";
import { auditCount, createOrganizationFixture, createWorkspace, testDb, unique } from "./fixtures";

/**
 * Test support (never imported by the app): the organization each action case runs against, and
 * a snapshot of everything an action could have changed in it, to prove a refused one changed nothing.
 */
export type Fixture = OrganizationFixture & { inviteId: string; contextEventId: string; workspace: Workspace };

/** An organization with a member per role, an open invitation, an outside event, and a dialogue with one of everything. */
export async function createFixture(label: string): Promise<Fixture> {
  const fixture = await createOrganizationFixture(label);
  const invite = await testDb.invite.create({
    data: {
      organizationId: fixture.organization.id,
      email: `${unique("pending")}@example.test`,
      role: "VIEWER",
      tokenHash: unique("hash"),
      expiresAt: new Date(Date.now() + 86_400_000),
      createdById: fixture.members.OWNER.userId,
    },
  });
  const event = await testDb.contextEvent.create({
    data: {
      organizationId: fixture.organization.id,
      occurredOn: new Date("2026-10-01T00:00:00Z"),
      kind: "SANCTIONS_LISTING",
      title: unique("Two Eastmarch banks listed"),
      source: "Official Journal",
    },
  });
  return {
    ...fixture,
    inviteId: invite.id,
    contextEventId: event.id,
    workspace: await createWorkspace(fixture.organization.id),
  };
}

/** Everything an action could have changed in an organization, to prove it changed nothing. */
export async function snapshot(target: Fixture) {
  const id = target.organization.id;
  const byOrg = { where: { organizationId: id }, orderBy: { id: "asc" as const } };
  return {
    dialogues: await testDb.dialogue.findMany({ ...byOrg, select: { id: true, version: true, restricted: true } }),
    formats: await testDb.format.findMany({ ...byOrg, select: { id: true, version: true, status: true } }),
    themes: await testDb.theme.findMany({ ...byOrg, select: { id: true, version: true } }),
    sessions: await testDb.session.findMany({ ...byOrg, select: { id: true, version: true } }),
    agenda: await testDb.agendaItem.findMany({ ...byOrg, select: { id: true, position: true } }),
    checklist: await testDb.checklistItem.findMany({ ...byOrg, select: { id: true, version: true } }),
    reviews: await testDb.readinessReview.count({ where: { organizationId: id } }),
    contextEvents: await testDb.contextEvent.findMany({ ...byOrg, select: { id: true, version: true } }),
    contextLinks: await testDb.contextEventLink.findMany({ ...byOrg, select: { id: true, clearedAt: true } }),
    templates: await testDb.checklistTemplate.count({ where: { organizationId: id } }),
    conditions: await testDb.condition.findMany({ ...byOrg, select: { id: true, version: true } }),
    followUps: await testDb.followUp.findMany({ ...byOrg, select: { id: true, version: true } }),
    readouts: await testDb.readout.count({ where: { organizationId: id } }),
    interlocutors: await testDb.interlocutor.findMany({ ...byOrg, select: { id: true, version: true } }),
    institutions: await testDb.institution.count({ where: { organizationId: id } }),
    affiliations: await testDb.affiliation.count({ where: { organizationId: id } }),
    changes: await testDb.interlocutorChange.count({ where: { organizationId: id } }),
    participants: await testDb.participant.findMany({ ...byOrg, select: { id: true, version: true } }),
    sessionParticipants: await testDb.sessionParticipant.findMany({ ...byOrg, select: { id: true, version: true } }),
    screenings: await testDb.screening.count({ where: { organizationId: id } }),
    counterparts: await testDb.dialogueCounterpart.count({ where: { organizationId: id } }),
    organization: await testDb.organization.findUnique({ where: { id }, select: { name: true, version: true } }),
    members: await testDb.member.findMany({
      where: { organizationId: id },
      select: { id: true, role: true, status: true, version: true },
      orderBy: { id: "asc" },
    }),
    invites: await testDb.invite.findMany({
      where: { organizationId: id },
      select: { id: true, revokedAt: true },
      orderBy: { id: "asc" },
    }),
    audit: await auditCount(id),
  };
}
