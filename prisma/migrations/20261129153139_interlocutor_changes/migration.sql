-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('APPOINTED', 'MOVED', 'PROMOTED', 'DEMOTED', 'REPLACED', 'RETIRED', 'DIED', 'UNREACHABLE', 'RECONTACTED', 'OTHER');

-- CreateTable
CREATE TABLE "InterlocutorChange" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "interlocutorId" TEXT NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" "Confidence" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "successorId" TEXT,
    "closedAffiliationId" TEXT,
    "openedAffiliationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterlocutorChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InterlocutorChange_organizationId_occurredOn_idx" ON "InterlocutorChange"("organizationId", "occurredOn");

-- CreateIndex
CREATE INDEX "InterlocutorChange_interlocutorId_occurredOn_idx" ON "InterlocutorChange"("interlocutorId", "occurredOn");

-- CreateIndex
CREATE INDEX "InterlocutorChange_successorId_idx" ON "InterlocutorChange"("successorId");

-- AddForeignKey
ALTER TABLE "InterlocutorChange" ADD CONSTRAINT "InterlocutorChange_interlocutorId_organizationId_fkey" FOREIGN KEY ("interlocutorId", "organizationId") REFERENCES "Interlocutor"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterlocutorChange" ADD CONSTRAINT "InterlocutorChange_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Interlocutor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterlocutorChange" ADD CONSTRAINT "InterlocutorChange_closedAffiliationId_fkey" FOREIGN KEY ("closedAffiliationId") REFERENCES "Affiliation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterlocutorChange" ADD CONSTRAINT "InterlocutorChange_openedAffiliationId_fkey" FOREIGN KEY ("openedAffiliationId") REFERENCES "Affiliation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
