import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { encode } from "next-auth/jwt";
import { sessionCookieName } from "../auth/config";
import { hashPassword } from "../auth/password";
import { PrismaClient } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";

/**
 * The one fixtures module, for Vitest and Playwright alike (never imported by the app). Next.js
 * has no request outside a server, so Vitest's setup file stands in `next/headers` with this
 * request: a real signed session cookie, made exactly as next-auth makes one, and a client address.
 */
export const request: { cookies: Map<string, string>; headers: Map<string, string> } = {
  cookies: new Map(),
  headers: new Map(),
};

let client: PrismaClient | undefined;
function fixtureClient(): PrismaClient {
  // Playwright names the end-to-end database; Vitest's workers have it as DATABASE_URL.
  const connectionString = process.env.PARLEY_FIXTURE_DATABASE_URL ?? process.env.DATABASE_URL ?? "";
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  return client;
}

/**
 * A Prisma client of the tests' own, for fixtures and for checking what a write left behind. It
 * connects on first use, so whoever imports this module can say first which database it means.
 */
export const testDb = new Proxy({} as PrismaClient, {
  get(_, key) {
    const target = fixtureClient();
    const value = Reflect.get(target, key);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

/**
 * Signs `user` in for the next calls, the way the app does: a sign-in record, and a session cookie
 * that names it. Null signs out. The address is what the request's X-Forwarded-For ends with.
 */
export async function actAs(user: { id: string } | null, address = "203.0.113.7"): Promise<void> {
  request.cookies.clear();
  request.headers.set("x-forwarded-for", address);
  if (!user) return;
  const signIn = await testDb.signIn.create({
    data: { userId: user.id, userAgent: "Vitest", address, expiresAt: new Date(Date.now() + 86_400_000) },
    select: { id: true },
  });
  const token = await encode({
    token: { sub: user.id, userId: user.id, signInId: signIn.id },
    secret: process.env.NEXTAUTH_SECRET ?? "",
  });
  request.cookies.set(sessionCookieName(), token);
}

/**
 * True on a real PostgreSQL server. The embedded server runs one transaction at a time, so a
 * test of what happens when writers race cannot fail there: such tests run only here (CI has it).
 */
export const racesCanHappen = Boolean(process.env.PARLEY_TEST_SERVER_URL);
export const RACE_ONLY = "(real PostgreSQL only: the embedded server serialises transactions)";

export const unique = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;

export const TEST_PASSWORD = "fixture-password-0f-length";
let passwordHash: Promise<string> | undefined;

export async function createUser(name: string) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return testDb.user.create({
    data: {
      name,
      email: `${unique(name.toLowerCase().replace(/\W+/g, "."))}@example.test`,
      passwordHash: await passwordHash,
    },
    select: { id: true, email: true, name: true },
  });
}

export type OrganizationFixture = Awaited<ReturnType<typeof createOrganizationFixture>>;

const ALL_ROLES = ["OWNER", "CONVENER", "CONTRIBUTOR", "VIEWER"] as const;

/** A fictional organization with one active member per role (or per role asked for). */
export async function createOrganizationFixture(label = "Institute", roles: readonly Role[] = ALL_ROLES) {
  const organization = await testDb.organization.create({
    data: { slug: unique(label.toLowerCase().replace(/[^a-z0-9]+/g, "-")), name: `${label} (test)` },
    select: { id: true, slug: true, name: true, version: true },
  });
  const members = {} as Record<Role, { id: string; userId: string; user: { id: string; email: string; name: string } }>;
  for (const role of roles) {
    const user = await createUser(`${label} ${role.toLowerCase()}`);
    const member = await testDb.member.create({
      data: { organizationId: organization.id, userId: user.id, role },
      select: { id: true, userId: true },
    });
    members[role] = { ...member, user };
  }
  return { organization, members };
}

export async function auditCount(organizationId: string | null) {
  return testDb.auditEvent.count({ where: { organizationId } });
}

export type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

/**
 * A dialogue with one of everything: two formats, a theme, a planned session with agenda and a
 * held one with an open follow-up, its checklist, a counterpart official taking part in both sessions, and a person in no
 * dialogue yet.
 */
export async function createWorkspace(
  organizationId: string,
  options: { restricted?: boolean; teamMemberIds?: string[] } = {},
) {
  const dialogue = await testDb.dialogue.create({
    data: {
      organizationId,
      title: unique("Northern Peninsula Dialogue"),
      counterpart: "Republic of Eastmarch",
      restricted: options.restricted ?? false,
      team: { create: (options.teamMemberIds ?? []).map((memberId) => ({ memberId })) },
    },
    select: { id: true, title: true, counterpart: true, version: true },
  });
  const base = { organizationId, dialogueId: dialogue.id };
  const current = await testDb.format.create({
    data: { ...base, name: "Round table in Oslo", mode: "IN_PERSON", status: "CURRENT" },
  });
  const proposed = await testDb.format.create({ data: { ...base, name: "Hybrid in Geneva", mode: "HYBRID" } });
  const theme = await testDb.theme.create({
    data: { ...base, title: "Humanitarian access", ourPriority: 5, theirPriority: 2 },
  });
  const session = await testDb.session.create({
    data: {
      ...base,
      title: "Round 4",
      startsAt: new Date("2027-03-02T08:30:00Z"),
      endsAt: new Date("2027-03-02T16:00:00Z"),
      timeZone: "Europe/Oslo",
      attributionRule: "CHATHAM_HOUSE",
    },
  });
  const agendaItem = await testDb.agendaItem.create({
    data: { organizationId, sessionId: session.id, position: 0, title: "Opening" },
  });
  const checklistItem = await testDb.checklistItem.create({
    data: { ...base, position: 0, question: "Is there a future for this dialogue?", weight: 3 },
  });
  const institution = await testDb.institution.create({
    data: { organizationId, name: "Eastmarch Ministry of Foreign Affairs", country: "Eastmarch", kind: "MINISTRY" },
  });
  // The dialogue's counterpart, as an institution linked to it.
  const counterpart = await testDb.institution.create({
    data: {
      organizationId,
      name: "Republic of Eastmarch",
      kind: "OTHER",
    },
  });
  await testDb.dialogueCounterpart.create({
    data: { organizationId, dialogueId: dialogue.id, institutionId: counterpart.id },
  });
  const interlocutor = await testDb.interlocutor.create({
    data: { organizationId, name: unique("Tarn Velloc"), category: "COUNTERPART_OFFICIAL", searchNames: "tarnvelloc" },
  });
  // A person in no dialogue yet, whom anyone in the organization may see and add.
  const newcomer = await testDb.interlocutor.create({
    data: { organizationId, name: unique("Ilse Brandmoor"), category: "OUTSIDE_EXPERT", searchNames: "ilsebrandmoor" },
  });
  const participant = await testDb.participant.create({
    data: { ...base, interlocutorId: interlocutor.id, side: "COUNTERPART", role: "DELEGATION_LEAD" },
  });
  // One of ours, in the dialogue but in no session yet.
  const facilitator = await testDb.interlocutor.create({
    data: { organizationId, name: unique("Odd Harrow"), category: "FACILITATOR", searchNames: "oddharrow" },
  });
  const spare = await testDb.participant.create({
    data: { ...base, interlocutorId: facilitator.id, side: "OURS", role: "FACILITATOR" },
  });
  const sessionParticipant = await testDb.sessionParticipant.create({
    data: { organizationId, sessionId: session.id, participantId: participant.id },
  });
  const held = await testDb.session.create({
    data: {
      ...base,
      title: "Round 3",
      startsAt: new Date("2026-06-02T08:30:00Z"),
      endsAt: new Date("2026-06-02T16:00:00Z"),
      timeZone: "Europe/Oslo",
      attributionRule: "CHATHAM_HOUSE",
      status: "HELD",
    },
  });
  await testDb.sessionParticipant.create({
    data: { organizationId, sessionId: held.id, participantId: participant.id, attendance: "ATTENDED" },
  });
  // A commitment from the held round, still open.
  const followUp = await testDb.followUp.create({
    data: { organizationId, sessionId: held.id, what: "Share the fisheries data set", side: "OURS" },
  });
  // A condition the counterpart stated, on the current format and the planned session.
  const condition = await testDb.condition.create({
    data: {
      ...base,
      text: "Former officials of equal rank attend",
      side: "COUNTERPART",
      statedOn: new Date("2026-09-01T00:00:00Z"),
      source: "Letter from the embassy",
      formats: { create: { formatId: current.id } },
      sessions: { create: { sessionId: session.id } },
    },
  });
  return {
    dialogue,
    conditionId: condition.id,
    currentFormatId: current.id,
    proposedFormatId: proposed.id,
    themeId: theme.id,
    sessionId: session.id,
    agendaItemId: agendaItem.id,
    checklistItemId: checklistItem.id,
    institutionId: institution.id,
    counterpartInstitutionId: counterpart.id,
    interlocutorId: interlocutor.id,
    newcomerId: newcomer.id,
    participantId: participant.id,
    spareParticipantId: spare.id,
    sessionParticipantId: sessionParticipant.id,
    heldSessionId: held.id,
    followUpId: followUp.id,
  };
}

/** An organization with a workspace, and its convener signed in: the start of most workspace tests. */
export async function signedInWorkspace() {
  const fixture = await createOrganizationFixture("Workspace");
  const workspace = await createWorkspace(fixture.organization.id);
  await actAs(fixture.members.CONVENER.user);
  return { ...fixture, workspace, slug: fixture.organization.slug };
}
