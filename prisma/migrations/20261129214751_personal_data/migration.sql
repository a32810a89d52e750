-- AlterTable
ALTER TABLE "Interlocutor" ADD COLUMN     "lawfulBasis" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "reviewBy" DATE;

-- CreateIndex
CREATE INDEX "Interlocutor_organizationId_reviewBy_idx" ON "Interlocutor"("organizationId", "reviewBy");
