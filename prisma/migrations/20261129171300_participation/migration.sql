-- CreateEnum
CREATE TYPE "ParticipantSide" AS ENUM ('OURS', 'COUNTERPART', 'CO_CONVENER', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('DELEGATION_LEAD', 'MEMBER', 'EXPERT', 'FACILITATOR', 'NOTE_TAKER', 'INTERPRETER');

-- CreateEnum
CREATE TYPE "ParticipantCapacity" AS ENUM ('PERSONAL', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "ParticipationStatus" AS ENUM ('PROSPECTIVE', 'INVITED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "NamingConsent" AS ENUM ('NAMED', 'AFFILIATION_ONLY', 'NOT_LISTED');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('INVITED', 'CONFIRMED', 'ATTENDED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "VisaStatus" AS ENUM ('NOT_NEEDED', 'NEEDED', 'APPLIED', 'GRANTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "ScreeningResult" AS ENUM ('CLEAR', 'POSSIBLE_MATCH', 'LISTED');

-- CreateEnum
CREATE TYPE "ExemptionStatus" AS ENUM ('NOT_NEEDED', 'NEEDED', 'REQUESTED', 'GRANTED', 'REFUSED');

-- AlterTable
ALTER TABLE "Affiliation" ADD COLUMN     "seniority" INTEGER;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "screeningLists" TEXT[] DEFAULT ARRAY['UN Security Council 1718 Committee', 'EU consolidated list (incl. EU human-rights regime)', 'National list']::TEXT[];

-- CreateTable
CREATE TABLE "DialogueCounterpart" (
    "organizationId" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DialogueCounterpart_pkey" PRIMARY KEY ("dialogueId","institutionId")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "interlocutorId" TEXT NOT NULL,
    "side" "ParticipantSide" NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "capacity" "ParticipantCapacity" NOT NULL DEFAULT 'PERSONAL',
    "status" "ParticipationStatus" NOT NULL DEFAULT 'PROSPECTIVE',
    "consent" "NamingConsent" NOT NULL DEFAULT 'NOT_LISTED',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionParticipant" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "attendance" "Attendance" NOT NULL DEFAULT 'INVITED',
    "invitationSentOn" DATE,
    "visa" "VisaStatus" NOT NULL DEFAULT 'NOT_NEEDED',
    "visaLeadDays" INTEGER,
    "travelBooked" BOOLEAN NOT NULL DEFAULT false,
    "interpretation" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SessionParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Screening" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "sessionParticipantId" TEXT NOT NULL,
    "lists" TEXT[],
    "checkedOn" DATE NOT NULL,
    "checkedById" TEXT,
    "result" "ScreeningResult" NOT NULL,
    "exemption" "ExemptionStatus" NOT NULL DEFAULT 'NOT_NEEDED',
    "exemptionReference" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Screening_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DialogueCounterpart_institutionId_idx" ON "DialogueCounterpart"("institutionId");

-- CreateIndex
CREATE INDEX "DialogueCounterpart_organizationId_idx" ON "DialogueCounterpart"("organizationId");

-- CreateIndex
CREATE INDEX "Participant_interlocutorId_idx" ON "Participant"("interlocutorId");

-- CreateIndex
CREATE INDEX "Participant_organizationId_idx" ON "Participant"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_id_organizationId_key" ON "Participant"("id", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_dialogueId_interlocutorId_key" ON "Participant"("dialogueId", "interlocutorId");

-- CreateIndex
CREATE INDEX "SessionParticipant_participantId_idx" ON "SessionParticipant"("participantId");

-- CreateIndex
CREATE INDEX "SessionParticipant_organizationId_idx" ON "SessionParticipant"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionParticipant_id_organizationId_key" ON "SessionParticipant"("id", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionParticipant_sessionId_participantId_key" ON "SessionParticipant"("sessionId", "participantId");

-- CreateIndex
CREATE INDEX "Screening_sessionParticipantId_createdAt_idx" ON "Screening"("sessionParticipantId", "createdAt");

-- CreateIndex
CREATE INDEX "Screening_organizationId_idx" ON "Screening"("organizationId");

-- AddForeignKey
ALTER TABLE "DialogueCounterpart" ADD CONSTRAINT "DialogueCounterpart_dialogueId_organizationId_fkey" FOREIGN KEY ("dialogueId", "organizationId") REFERENCES "Dialogue"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueCounterpart" ADD CONSTRAINT "DialogueCounterpart_institutionId_organizationId_fkey" FOREIGN KEY ("institutionId", "organizationId") REFERENCES "Institution"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_dialogueId_organizationId_fkey" FOREIGN KEY ("dialogueId", "organizationId") REFERENCES "Dialogue"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_interlocutorId_organizationId_fkey" FOREIGN KEY ("interlocutorId", "organizationId") REFERENCES "Interlocutor"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_sessionId_organizationId_fkey" FOREIGN KEY ("sessionId", "organizationId") REFERENCES "Session"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_participantId_organizationId_fkey" FOREIGN KEY ("participantId", "organizationId") REFERENCES "Participant"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_sessionParticipantId_organizationId_fkey" FOREIGN KEY ("sessionParticipantId", "organizationId") REFERENCES "SessionParticipant"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data: every dialogue's typed counterpart becomes an institution of its organization (one per
-- distinct name, reusing one of the same name), linked to the dialogue. The string stays as the
-- dialogue's display name.
INSERT INTO "Institution" ("id", "organizationId", "name", "country", "kind", "updatedAt")
SELECT 'mig' || md5(d."organizationId" || ':' || btrim(d."counterpart")), d."organizationId", btrim(d."counterpart"), '', 'OTHER', CURRENT_TIMESTAMP
FROM (
  SELECT DISTINCT ON ("organizationId", lower(btrim("counterpart"))) "organizationId", "counterpart"
  FROM "Dialogue" WHERE btrim("counterpart") <> ''
  ORDER BY "organizationId", lower(btrim("counterpart")), "createdAt"
) d
WHERE NOT EXISTS (
  SELECT 1 FROM "Institution" i WHERE i."organizationId" = d."organizationId" AND lower(i."name") = lower(btrim(d."counterpart"))
)
ON CONFLICT DO NOTHING;

INSERT INTO "DialogueCounterpart" ("organizationId", "dialogueId", "institutionId")
SELECT d."organizationId", d."id", (
  SELECT i."id" FROM "Institution" i
  WHERE i."organizationId" = d."organizationId" AND lower(i."name") = lower(btrim(d."counterpart"))
  ORDER BY i."createdAt", i."id" LIMIT 1
)
FROM "Dialogue" d
WHERE btrim(d."counterpart") <> '';
