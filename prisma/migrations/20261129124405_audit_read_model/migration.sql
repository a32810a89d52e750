-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "dialogueId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_entity_entityId_createdAt_idx" ON "AuditEvent"("organizationId", "entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_dialogueId_createdAt_idx" ON "AuditEvent"("organizationId", "dialogueId", "createdAt");

-- Backfill: earlier events learn their dialogue from the entity they name. The append-only
-- trigger is set aside for this one statement list, inside the migration's transaction.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
UPDATE "AuditEvent" SET "dialogueId" = "entityId" WHERE "entity" = 'Dialogue';
UPDATE "AuditEvent" e SET "dialogueId" = x."dialogueId" FROM "FormatOption" x WHERE e."entity" = 'FormatOption' AND e."entityId" = x."id";
UPDATE "AuditEvent" e SET "dialogueId" = x."dialogueId" FROM "Theme" x WHERE e."entity" = 'Theme' AND e."entityId" = x."id";
UPDATE "AuditEvent" e SET "dialogueId" = x."dialogueId" FROM "Session" x WHERE e."entity" = 'Session' AND e."entityId" = x."id";
UPDATE "AuditEvent" e SET "dialogueId" = x."dialogueId" FROM "ChecklistItem" x WHERE e."entity" = 'ChecklistItem' AND e."entityId" = x."id";
UPDATE "AuditEvent" e SET "dialogueId" = x."dialogueId" FROM "ReadinessReview" x WHERE e."entity" = 'ReadinessReview' AND e."entityId" = x."id";
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";
