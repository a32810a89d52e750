-- DropForeignKey
ALTER TABLE "AgendaItem" DROP CONSTRAINT "AgendaItem_sessionId_fkey";

-- DropForeignKey
ALTER TABLE "ChecklistItem" DROP CONSTRAINT "ChecklistItem_dialogueId_fkey";

-- DropForeignKey
ALTER TABLE "FormatOption" DROP CONSTRAINT "FormatOption_dialogueId_fkey";

-- DropForeignKey
ALTER TABLE "ReadinessReview" DROP CONSTRAINT "ReadinessReview_dialogueId_fkey";

-- DropForeignKey
ALTER TABLE "Session" DROP CONSTRAINT "Session_dialogueId_fkey";

-- DropForeignKey
ALTER TABLE "Theme" DROP CONSTRAINT "Theme_dialogueId_fkey";

-- AlterTable
ALTER TABLE "Invite" DROP COLUMN "version";

-- CreateIndex
CREATE UNIQUE INDEX "Dialogue_id_organizationId_key" ON "Dialogue"("id", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_id_organizationId_key" ON "Session"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormatOption" ADD CONSTRAINT "FormatOption_dialogueId_organizationId_fkey" FOREIGN KEY ("dialogueId", "organizationId") REFERENCES "Dialogue"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_dialogueId_organizationId_fkey" FOREIGN KEY ("dialogueId", "organizationId") REFERENCES "Dialogue"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_dialogueId_organizationId_fkey" FOREIGN KEY ("dialogueId", "organizationId") REFERENCES "Dialogue"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sessionId_organizationId_fkey" FOREIGN KEY ("sessionId", "organizationId") REFERENCES "Session"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_dialogueId_organizationId_fkey" FOREIGN KEY ("dialogueId", "organizationId") REFERENCES "Dialogue"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessReview" ADD CONSTRAINT "ReadinessReview_dialogueId_organizationId_fkey" FOREIGN KEY ("dialogueId", "organizationId") REFERENCES "Dialogue"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessReview" ADD CONSTRAINT "ReadinessReview_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
