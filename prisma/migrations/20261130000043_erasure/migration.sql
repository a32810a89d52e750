-- AlterTable
ALTER TABLE "Interlocutor" ADD COLUMN     "erasedAt" TIMESTAMP(3),
ADD COLUMN     "erasedById" TEXT,
ADD COLUMN     "erasureReason" TEXT NOT NULL DEFAULT '';

-- AddForeignKey
ALTER TABLE "Interlocutor" ADD CONSTRAINT "Interlocutor_erasedById_fkey" FOREIGN KEY ("erasedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit trail stays append-only, with one deliberate exception: erasing a person's data
-- (GDPR art. 17) may rewrite the before and after of earlier events, and nothing else about them,
-- inside a transaction that has said so with SET LOCAL parley.erasure = 'on' (lib/interlocutors/erasure.ts).
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('parley.erasure', true) = 'on'
     AND (to_jsonb(NEW) - 'before' - 'after') = (to_jsonb(OLD) - 'before' - 'after') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;
