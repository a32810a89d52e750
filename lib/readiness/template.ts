/**
 * The questions every convener must answer before meeting again (PRODUCT.md): the article's five,
 * in its words; four that frame every answer, phrased to hold for any counterpart; and one for
 * what nobody has thought of yet. Weights say how much each holds the readiness score up or down;
 * travel and sanctions are gates, which no number of points can outweigh. Each answer goes stale
 * after its review interval in days (sanctions and travel soonest; the open unknowns never by age).
 */
export const checklistTemplate = [
  {
    key: "future",
    reviewIntervalDays: 365,
    weight: 3,
    question: "Is there a future for this dialogue?",
    guidance: "Does each side still want it, and on what terms?",
  },
  {
    key: "interlocutors",
    reviewIntervalDays: 180,
    weight: 2,
    question: "Will it still deal with the same interlocutors?",
    guidance: "Who has moved, retired or been replaced since the last meeting?",
  },
  {
    key: "format",
    reviewIntervalDays: 180,
    weight: 2,
    question: "Is there a need for change in, and of, its format?",
    guidance: "Venue, size, level, languages; whether an online option exists for this counterpart.",
  },
  {
    key: "themes",
    reviewIntervalDays: 365,
    weight: 2,
    question: "Which themes are to be discussed once meetings can be held again?",
    guidance: "Agree the agenda themes and our priority for each.",
  },
  {
    key: "counterpart_priorities",
    reviewIntervalDays: 180,
    weight: 2,
    question: "What are the counterpart's priorities?",
    guidance: "Stated or perceived, with their source.",
  },
  {
    key: "sanctions",
    reviewIntervalDays: 90,
    weight: 3,
    gate: true,
    question: "Under sanctions: who is listed, which exemptions are needed, and what may be paid for or provided?",
    guidance:
      "Check participants and their institutions against the UN Security Council lists, the EU's (including the EU Global Human Rights Sanctions Regime) and national lists; note each exemption needed and what the budget may cover.",
  },
  {
    key: "regional_framing",
    reviewIntervalDays: 365,
    weight: 1,
    question: "How does the dialogue connect to current regional priorities?",
    guidance:
      "Where the counterpart stands in the regional strategies of the EU and its members, and what follows for the agenda.",
  },
  {
    key: "access",
    reviewIntervalDays: 90,
    weight: 3,
    gate: true,
    question: "Is there an online option for this counterpart? If not, can participants travel and meet?",
    guidance:
      "Whether the current format lets the counterpart join online; otherwise borders, visas, travel bans, venues.",
  },
  {
    key: "track1_linkage",
    reviewIntervalDays: 180,
    weight: 2,
    question: "Who in Track 1 is briefed, and how?",
    guidance: "Track 1.5 meetings have repeatedly opened official contact.",
  },
  {
    key: "unknowns",
    weight: 1,
    question: "What open unknowns remain?",
    guidance: "Record the unknown unknowns as they surface.",
  },
] as const;

/** How a dialogue records that it started from the built-in questions. */
export const BUILT_IN = { name: "Built-in", version: 1 } as const;

export type TemplateItem = {
  key?: string | null;
  question: string;
  guidance: string;
  weight: number;
  gate?: boolean;
  reviewIntervalDays?: number | null;
};

/** A template's questions as a dialogue's checklist rows, in order. */
export function checklistRows(template: readonly TemplateItem[], base: { organizationId: string; dialogueId: string }) {
  return template.map((item, position) => ({
    ...base,
    templateKey: item.key ?? null,
    position,
    question: item.question,
    guidance: item.guidance,
    weight: item.weight,
    gate: item.gate ?? false,
    reviewIntervalDays: item.reviewIntervalDays ?? null,
  }));
}

/** A stored template's items, read defensively: anything malformed is left out. */
export function templateItems(json: unknown): TemplateItem[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((raw) => {
    const item = raw as Partial<TemplateItem>;
    if (typeof item?.question !== "string" || !item.question) return [];
    return [
      {
        key: typeof item.key === "string" ? item.key : null,
        question: item.question,
        guidance: typeof item.guidance === "string" ? item.guidance : "",
        weight: typeof item.weight === "number" ? item.weight : 1,
        gate: item.gate === true,
        reviewIntervalDays: typeof item.reviewIntervalDays === "number" ? item.reviewIntervalDays : null,
      },
    ];
  });
}
