-- A checklist item's "owner" is its assignee: "owner" is a role. Renamed in place, so no answer
-- loses the person it was given to.
ALTER TABLE "ChecklistItem" RENAME COLUMN "ownerId" TO "assigneeId";
ALTER TABLE "ChecklistItem" RENAME CONSTRAINT "ChecklistItem_ownerId_fkey" TO "ChecklistItem_assigneeId_fkey";
