-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "ReadoutMode" AS ENUM ('MEETING', 'CALL', 'WRITTEN', 'VIDEO');

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "outcome" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "side" "ParticipantSide" NOT NULL,
    "assigneeId" TEXT,
    "dueDate" DATE,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Readout" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "briefedOn" DATE NOT NULL,
    "briefedBy" TEXT NOT NULL,
    "mode" "ReadoutMode" NOT NULL,
    "reaction" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Readout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowUp_organizationId_status_dueDate_idx" ON "FollowUp"("organizationId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUp_sessionId_idx" ON "FollowUp"("sessionId");

-- CreateIndex
CREATE INDEX "Readout_sessionId_idx" ON "Readout"("sessionId");

-- CreateIndex
CREATE INDEX "Readout_organizationId_idx" ON "Readout"("organizationId");

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_sessionId_organizationId_fkey" FOREIGN KEY ("sessionId", "organizationId") REFERENCES "Session"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Readout" ADD CONSTRAINT "Readout_sessionId_organizationId_fkey" FOREIGN KEY ("sessionId", "organizationId") REFERENCES "Session"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;
