-- One word for one thing: a dialogue's "format" (PRODUCT.md) is the Format table and formatId,
-- not FormatOption / formatOptionId. Renamed in place; no row changes.
ALTER TABLE "FormatOption" RENAME TO "Format";
ALTER TABLE "Format" RENAME CONSTRAINT "FormatOption_pkey" TO "Format_pkey";
ALTER INDEX "FormatOption_organizationId_idx" RENAME TO "Format_organizationId_idx";
ALTER INDEX "FormatOption_dialogueId_idx" RENAME TO "Format_dialogueId_idx";
ALTER TABLE "Format" RENAME CONSTRAINT "FormatOption_dialogueId_organizationId_fkey" TO "Format_dialogueId_organizationId_fkey";
ALTER TABLE "Session" RENAME COLUMN "formatOptionId" TO "formatId";
ALTER TABLE "Session" RENAME CONSTRAINT "Session_formatOptionId_fkey" TO "Session_formatId_fkey";
