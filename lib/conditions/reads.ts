import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import type { Gate } from "../readiness/score";
import { conditionSelect } from "./data";

/** A dialogue's stated conditions, newest first, with the format options and sessions each bears on. */
export async function listConditions(context: MemberContext, dialogueId: string) {
  return db.condition.findMany({
    where: { dialogueId, dialogue: visibleDialogues(context) },
    orderBy: [{ statedOn: "desc" }, { createdAt: "desc" }],
    select: {
      ...conditionSelect,
      formats: { select: { formatId: true, format: { select: { name: true } } } },
      sessions: { select: { sessionId: true, session: { select: { title: true } } } },
    },
  });
}

/** Not yet met: stated and still open, or found unmet. */
export const notMet = (status: string) => status === "STATED" || status === "UNMET";

/** The gate conditions not yet met, as gates the readiness verdict counts. */
export function conditionGates(conditions: { id: string; text: string; status: string; gate: boolean }[]): Gate[] {
  return conditions
    .filter((condition) => condition.gate && notMet(condition.status))
    .map((condition) => ({
      id: condition.id,
      question: `Condition: ${condition.text}`,
      status: "BLOCKED",
      kind: "condition",
    }));
}
