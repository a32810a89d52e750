-- CreateEnum
CREATE TYPE "DialogueStatus" AS ENUM ('PROSPECTIVE', 'EXPLORING', 'PLANNING', 'READY', 'ACTIVE', 'SUSPENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Track" AS ENUM ('TRACK_1_5', 'TRACK_2');

-- CreateEnum
CREATE TYPE "AttributionRule" AS ENUM ('CHATHAM_HOUSE', 'OFF_THE_RECORD', 'ON_THE_RECORD');

-- CreateEnum
CREATE TYPE "FormatMode" AS ENUM ('IN_PERSON', 'HYBRID', 'VIRTUAL');

-- CreateEnum
CREATE TYPE "FormatStatus" AS ENUM ('CURRENT', 'PROPOSED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ThemeStatus" AS ENUM ('PROPOSED', 'AGREED', 'DROPPED');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'CONFIRMED', 'HELD', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ChecklistStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'ANSWERED', 'BLOCKED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('GO', 'NOT_YET', 'NO_GO');

-- CreateTable
CREATE TABLE "Dialogue" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "counterpart" TEXT NOT NULL,
    "track" "Track" NOT NULL DEFAULT 'TRACK_1_5',
    "status" "DialogueStatus" NOT NULL DEFAULT 'PROSPECTIVE',
    "conveningPartners" TEXT NOT NULL DEFAULT '',
    "hostCountry" TEXT NOT NULL DEFAULT '',
    "hostCity" TEXT NOT NULL DEFAULT '',
    "targetWindowStart" DATE,
    "targetWindowEnd" DATE,
    "attributionRule" "AttributionRule" NOT NULL DEFAULT 'CHATHAM_HOUSE',
    "summary" TEXT NOT NULL DEFAULT '',
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Dialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueTeamMember" (
    "dialogueId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "DialogueTeamMember_pkey" PRIMARY KEY ("dialogueId","memberId")
);

-- CreateTable
CREATE TABLE "FormatOption" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mode" "FormatMode" NOT NULL,
    "venueCity" TEXT NOT NULL DEFAULT '',
    "venueCountry" TEXT NOT NULL DEFAULT '',
    "participantCap" INTEGER,
    "level" TEXT NOT NULL DEFAULT '',
    "languages" TEXT NOT NULL DEFAULT '',
    "interpretation" TEXT NOT NULL DEFAULT '',
    "duration" TEXT NOT NULL DEFAULT '',
    "feasibilityNotes" TEXT NOT NULL DEFAULT '',
    "counterpartCanJoinOnline" BOOLEAN NOT NULL DEFAULT false,
    "rationale" TEXT NOT NULL DEFAULT '',
    "status" "FormatStatus" NOT NULL DEFAULT 'PROPOSED',
    "statusReason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FormatOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ourPriority" INTEGER NOT NULL,
    "theirPriority" INTEGER,
    "theirPrioritySource" TEXT NOT NULL DEFAULT '',
    "status" "ThemeStatus" NOT NULL DEFAULT 'PROPOSED',
    "sanctionsSensitive" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "venue" TEXT NOT NULL DEFAULT '',
    "formatOptionId" TEXT,
    "attributionRule" "AttributionRule" NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'PLANNED',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "durationMinutes" INTEGER,
    "themeId" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "templateKey" TEXT,
    "position" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "status" "ChecklistStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT NOT NULL DEFAULT '',
    "evidence" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "confidence" "Confidence",
    "ownerId" TEXT,
    "dueDate" DATE,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessReview" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "rationale" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "ReadinessReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Dialogue_organizationId_status_idx" ON "Dialogue"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Dialogue_organizationId_updatedAt_idx" ON "Dialogue"("organizationId", "updatedAt");

-- CreateIndex
CREATE INDEX "Dialogue_organizationId_title_idx" ON "Dialogue"("organizationId", "title");

-- CreateIndex
CREATE INDEX "DialogueTeamMember_memberId_idx" ON "DialogueTeamMember"("memberId");

-- CreateIndex
CREATE INDEX "FormatOption_organizationId_idx" ON "FormatOption"("organizationId");

-- CreateIndex
CREATE INDEX "FormatOption_dialogueId_idx" ON "FormatOption"("dialogueId");

-- CreateIndex
CREATE INDEX "Theme_organizationId_idx" ON "Theme"("organizationId");

-- CreateIndex
CREATE INDEX "Theme_dialogueId_idx" ON "Theme"("dialogueId");

-- CreateIndex
CREATE INDEX "Session_organizationId_startsAt_idx" ON "Session"("organizationId", "startsAt");

-- CreateIndex
CREATE INDEX "Session_dialogueId_startsAt_idx" ON "Session"("dialogueId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_organizationId_idx" ON "AgendaItem"("organizationId");

-- CreateIndex
CREATE INDEX "AgendaItem_sessionId_position_idx" ON "AgendaItem"("sessionId", "position");

-- CreateIndex
CREATE INDEX "ChecklistItem_organizationId_dueDate_idx" ON "ChecklistItem"("organizationId", "dueDate");

-- CreateIndex
CREATE INDEX "ChecklistItem_dialogueId_position_idx" ON "ChecklistItem"("dialogueId", "position");

-- CreateIndex
CREATE INDEX "ReadinessReview_organizationId_idx" ON "ReadinessReview"("organizationId");

-- CreateIndex
CREATE INDEX "ReadinessReview_dialogueId_decidedAt_idx" ON "ReadinessReview"("dialogueId", "decidedAt");

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueTeamMember" ADD CONSTRAINT "DialogueTeamMember_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueTeamMember" ADD CONSTRAINT "DialogueTeamMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormatOption" ADD CONSTRAINT "FormatOption_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_formatOptionId_fkey" FOREIGN KEY ("formatOptionId") REFERENCES "FormatOption"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessReview" ADD CONSTRAINT "ReadinessReview_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
