-- CreateEnum
CREATE TYPE "ConditionStatus" AS ENUM ('STATED', 'MET', 'UNMET', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "Condition" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "side" "ParticipantSide" NOT NULL,
    "statedOn" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "status" "ConditionStatus" NOT NULL DEFAULT 'STATED',
    "gate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Condition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConditionFormat" (
    "conditionId" TEXT NOT NULL,
    "formatId" TEXT NOT NULL,

    CONSTRAINT "ConditionFormat_pkey" PRIMARY KEY ("conditionId","formatId")
);

-- CreateTable
CREATE TABLE "ConditionSession" (
    "conditionId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,

    CONSTRAINT "ConditionSession_pkey" PRIMARY KEY ("conditionId","sessionId")
);

-- CreateIndex
CREATE INDEX "Condition_dialogueId_status_idx" ON "Condition"("dialogueId", "status");

-- CreateIndex
CREATE INDEX "Condition_organizationId_idx" ON "Condition"("organizationId");

-- CreateIndex
CREATE INDEX "ConditionFormat_formatId_idx" ON "ConditionFormat"("formatId");

-- CreateIndex
CREATE INDEX "ConditionSession_sessionId_idx" ON "ConditionSession"("sessionId");

-- AddForeignKey
ALTER TABLE "Condition" ADD CONSTRAINT "Condition_dialogueId_organizationId_fkey" FOREIGN KEY ("dialogueId", "organizationId") REFERENCES "Dialogue"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConditionFormat" ADD CONSTRAINT "ConditionFormat_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConditionFormat" ADD CONSTRAINT "ConditionFormat_formatId_fkey" FOREIGN KEY ("formatId") REFERENCES "Format"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConditionSession" ADD CONSTRAINT "ConditionSession_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConditionSession" ADD CONSTRAINT "ConditionSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
