import { z } from "zod";

/** Most characters of a backup sent from the owners' page (base64 of about 11 MB); larger ones go through npm run org:restore. */
export const MAX_RESTORE_CHARACTERS = 15_000_000;

export const restoreBackupSchema = z.object({
  archive: z
    .string({ error: "Choose a backup file." })
    .min(1, { error: "Choose a backup file." })
    .max(MAX_RESTORE_CHARACTERS, {
      error: "This backup is too large for the page: restore it with npm run org:restore on the server.",
    })
    .regex(/^[A-Za-z0-9+/]+=*$/, { error: "Choose the backup file itself (.jsonl.gz)." }),
});
