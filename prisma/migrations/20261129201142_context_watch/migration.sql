-- CreateEnum
CREATE TYPE "ContextEventKind" AS ENUM ('SANCTIONS_LISTING', 'POLICY_SHIFT', 'TRAVEL_REOPENING', 'LEADERSHIP_CHANGE', 'OTHER');

-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "answeredOn" DATE,
ADD COLUMN     "reviewIntervalDays" INTEGER;

-- CreateTable
CREATE TABLE "ContextEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "kind" "ContextEventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "counterparts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContextEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContextEventLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "checklistItemId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clearedAt" TIMESTAMP(3),

    CONSTRAINT "ContextEventLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContextEvent_organizationId_occurredOn_idx" ON "ContextEvent"("organizationId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "ContextEvent_id_organizationId_key" ON "ContextEvent"("id", "organizationId");

-- CreateIndex
CREATE INDEX "ContextEventLink_checklistItemId_clearedAt_idx" ON "ContextEventLink"("checklistItemId", "clearedAt");

-- CreateIndex
CREATE INDEX "ContextEventLink_organizationId_idx" ON "ContextEventLink"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ContextEventLink_eventId_checklistItemId_key" ON "ContextEventLink"("eventId", "checklistItemId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_id_organizationId_key" ON "ChecklistItem"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "ContextEvent" ADD CONSTRAINT "ContextEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContextEventLink" ADD CONSTRAINT "ContextEventLink_eventId_organizationId_fkey" FOREIGN KEY ("eventId", "organizationId") REFERENCES "ContextEvent"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContextEventLink" ADD CONSTRAINT "ContextEventLink_checklistItemId_organizationId_fkey" FOREIGN KEY ("checklistItemId", "organizationId") REFERENCES "ChecklistItem"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Answers already given are "as of" their last change; built-in items get their review intervals.
UPDATE "ChecklistItem" SET "answeredOn" = "updatedAt"::date WHERE "status" IN ('ANSWERED', 'IN_PROGRESS', 'BLOCKED');
UPDATE "ChecklistItem" SET "reviewIntervalDays" = 90 WHERE "templateKey" IN ('sanctions', 'access');
UPDATE "ChecklistItem" SET "reviewIntervalDays" = 180
WHERE "templateKey" IN ('interlocutors', 'counterpart_priorities', 'track1_linkage', 'format');
UPDATE "ChecklistItem" SET "reviewIntervalDays" = 365 WHERE "templateKey" IN ('future', 'regional_framing', 'themes');
