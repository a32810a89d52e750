-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "gate" BOOLEAN NOT NULL DEFAULT false;

-- Travel and sanctions are gates in the built-in checklist; existing dialogues' items get it too.
UPDATE "ChecklistItem" SET "gate" = true WHERE "templateKey" IN ('access', 'sanctions');

-- The built-in questions no longer assert facts about one counterpart. Items still worded as the
-- old template had them take the new wording; any a convener has reworded are left alone.
UPDATE "ChecklistItem"
SET "question" = 'Under sanctions: who is listed, which exemptions are needed, and what may be paid for or provided?',
    "guidance" = 'Check participants and their institutions against the UN Security Council lists, the EU''s (including the EU Global Human Rights Sanctions Regime) and national lists; note each exemption needed and what the budget may cover.'
WHERE "templateKey" = 'sanctions' AND "question" = 'What may be discussed, offered or funded under the sanctions regime?';

UPDATE "ChecklistItem"
SET "question" = 'How does the dialogue connect to current regional priorities?',
    "guidance" = 'Where the counterpart stands in the regional strategies of the EU and its members, and what follows for the agenda.'
WHERE "templateKey" = 'regional_framing' AND "question" = 'How does the dialogue connect to current regional (Indo-Pacific) priorities?';

UPDATE "ChecklistItem"
SET "question" = 'Is there an online option for this counterpart? If not, can participants travel and meet?',
    "guidance" = 'Whether the current format lets the counterpart join online; otherwise borders, visas, travel bans, venues.'
WHERE "templateKey" = 'access' AND "question" = 'Can participants travel and meet, given that there is no online option for this counterpart?';
