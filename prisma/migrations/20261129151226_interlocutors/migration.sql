-- Interlocutor search ranks by trigram similarity (pg_trgm ships with PostgreSQL and PGlite).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "InterlocutorCategory" AS ENUM ('COUNTERPART_OFFICIAL', 'OUTSIDE_EXPERT', 'FORMER_OFFICIAL', 'FACILITATOR', 'OBSERVER', 'INTERPRETER');

-- CreateEnum
CREATE TYPE "InstitutionKind" AS ENUM ('MINISTRY', 'AGENCY', 'THINK_TANK', 'UNIVERSITY', 'PARTY', 'OTHER');

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',
    "kind" "InstitutionKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interlocutor" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "originalName" TEXT NOT NULL DEFAULT '',
    "alternateSpellings" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "searchNames" TEXT NOT NULL DEFAULT '',
    "category" "InterlocutorCategory" NOT NULL,
    "nationality" TEXT NOT NULL DEFAULT '',
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Interlocutor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Affiliation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "interlocutorId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "source" TEXT NOT NULL DEFAULT '',
    "confidence" "Confidence" NOT NULL DEFAULT 'MEDIUM',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Institution_organizationId_name_idx" ON "Institution"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_id_organizationId_key" ON "Institution"("id", "organizationId");

-- CreateIndex
CREATE INDEX "Interlocutor_organizationId_name_idx" ON "Interlocutor"("organizationId", "name");

-- CreateIndex
CREATE INDEX "Interlocutor_searchNames_idx" ON "Interlocutor" USING GIN ("searchNames" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Interlocutor_id_organizationId_key" ON "Interlocutor"("id", "organizationId");

-- CreateIndex
CREATE INDEX "Affiliation_interlocutorId_startsOn_idx" ON "Affiliation"("interlocutorId", "startsOn");

-- CreateIndex
CREATE INDEX "Affiliation_institutionId_idx" ON "Affiliation"("institutionId");

-- CreateIndex
CREATE INDEX "Affiliation_organizationId_idx" ON "Affiliation"("organizationId");

-- AddForeignKey
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interlocutor" ADD CONSTRAINT "Interlocutor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_interlocutorId_organizationId_fkey" FOREIGN KEY ("interlocutorId", "organizationId") REFERENCES "Interlocutor"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_institutionId_organizationId_fkey" FOREIGN KEY ("institutionId", "organizationId") REFERENCES "Institution"("id", "organizationId") ON DELETE RESTRICT ON UPDATE CASCADE;
