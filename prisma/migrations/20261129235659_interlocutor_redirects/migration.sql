-- CreateTable
CREATE TABLE "InterlocutorRedirect" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "interlocutorId" TEXT NOT NULL,
    "mergedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterlocutorRedirect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InterlocutorRedirect_interlocutorId_idx" ON "InterlocutorRedirect"("interlocutorId");

-- CreateIndex
CREATE INDEX "InterlocutorRedirect_organizationId_idx" ON "InterlocutorRedirect"("organizationId");

-- AddForeignKey
ALTER TABLE "InterlocutorRedirect" ADD CONSTRAINT "InterlocutorRedirect_interlocutorId_organizationId_fkey" FOREIGN KEY ("interlocutorId", "organizationId") REFERENCES "Interlocutor"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;
