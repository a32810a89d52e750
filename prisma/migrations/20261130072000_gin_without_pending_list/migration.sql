-- GIN indexes hold new entries in a pending list until a vacuum merges them into the index, and
-- every search reads the whole list. The embedded database runs no autovacuum, so the list only
-- ever emptied at its 4 MB limit: at 100,000 people, interlocutor search read 430 pending pages
-- (550 ms, against 11 ms once merged). Entries now go straight into the index, and what is pending
-- is merged here.
ALTER INDEX "Interlocutor_searchNames_idx" SET (fastupdate = off);
ALTER INDEX "Dialogue_title_idx" SET (fastupdate = off);
ALTER INDEX "Dialogue_counterpart_idx" SET (fastupdate = off);
ALTER INDEX "Institution_name_idx" SET (fastupdate = off);

SELECT gin_clean_pending_list('"Interlocutor_searchNames_idx"'::regclass);
SELECT gin_clean_pending_list('"Dialogue_title_idx"'::regclass);
SELECT gin_clean_pending_list('"Dialogue_counterpart_idx"'::regclass);
SELECT gin_clean_pending_list('"Institution_name_idx"'::regclass);
