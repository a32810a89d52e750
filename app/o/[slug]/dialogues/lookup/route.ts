import { listDialogueChoices } from "@/lib/dialogues/reads";
import { lookupRoute } from "@/lib/lookup-route";

/**
 * Dialogues whose title or counterpart holds `q`, for the dialogue pickers: only those the member
 * may see (a restricted one only to its team and owners).
 */
export const GET = lookupRoute(listDialogueChoices);
