/**
 * Which rows of which table belong to one organization: what a backup holds and a restore writes.
 * Every table in the database must be listed here or among the excluded ones (with why): a test
 * (lib/backup/backup.test.ts) reads the database's own catalogue, so a new table cannot be forgotten.
 */
export const ARCHIVE_FORMAT = "parley-organization-backup";
export const ARCHIVE_VERSION = 1;

/** The rows of each table that belong to organization $1, as a WHERE clause. */
const inOrganization = `"organizationId" = $1`;
export const organizationTables: Record<string, string> = {
  Organization: `id = $1`,
  ConditionFormat: `"conditionId" IN (SELECT id FROM "Condition" WHERE "organizationId" = $1)`,
  ConditionSession: `"conditionId" IN (SELECT id FROM "Condition" WHERE "organizationId" = $1)`,
  DialogueTeamMember: `"dialogueId" IN (SELECT id FROM "Dialogue" WHERE "organizationId" = $1)`,
};
for (const table of [
  "Affiliation",
  "AgendaItem",
  "AuditEvent",
  "ChecklistItem",
  "ChecklistTemplate",
  "Condition",
  "ContextEvent",
  "ContextEventLink",
  "Dialogue",
  "DialogueCounterpart",
  "FollowUp",
  "Format",
  "Institution",
  "Interlocutor",
  "InterlocutorChange",
  "InterlocutorRedirect",
  "Invite",
  "Member",
  "Participant",
  "ReadinessReview",
  "Readout",
  "Screening",
  "Session",
  "SessionParticipant",
  "Theme",
])
  organizationTables[table] = inOrganization;

/** Accounts that the organization's rows name (members, and whoever an event or a review names), by id ($1 is a text[]). */
export const accountTables: Record<string, string> = {
  User: `id = ANY($1::text[])`,
};

/**
 * What never leaves a server: an account may belong to other organizations too, so its
 * credentials are not one organization's to export. Restored members set a new password.
 */
export const accountSecrets = ["passwordHash", "totpSecret", "pendingTotpSecret", "twoFactorEnabledAt", "lastTotpStep"];

export const excludedTables: Record<string, string> = {
  SignIn: "sessions of this server: people sign in again on the new one",
  RecoveryCode: "two-factor credentials, which never leave a server (see accountSecrets)",
  KnownDevice: "devices trusted by this server's sign-ins",
  RateLimit: "this server's counters",
  _prisma_migrations: "the installation's own migration record (the manifest names the newest)",
};
