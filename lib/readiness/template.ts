/**
 * The questions every convener must answer before meeting again (PRODUCT.md): the article's five,
 * the four that frame every answer, and one for what nobody has thought of yet. Weights say how
 * much each holds the readiness score up or down.
 */
export const checklistTemplate = [
  {
    key: "future",
    weight: 3,
    question: "Is there a future for this dialogue?",
    guidance: "Does each side still want it, and on what terms?",
  },
  {
    key: "interlocutors",
    weight: 2,
    question: "Will it still deal with the same interlocutors?",
    guidance: "Who has moved, retired or been replaced since the last meeting?",
  },
  {
    key: "format",
    weight: 2,
    question: "Is there a need for change in, and of, its format?",
    guidance: "Venue, size, level, languages; whether an online option exists for this counterpart.",
  },
  {
    key: "themes",
    weight: 2,
    question: "Which themes are to be discussed once meetings can be held again?",
    guidance: "Agree the agenda themes and our priority for each.",
  },
  {
    key: "counterpart_priorities",
    weight: 2,
    question: "What are the counterpart's priorities?",
    guidance: "Stated or perceived, with their source.",
  },
  {
    key: "sanctions",
    weight: 3,
    question: "What may be discussed, offered or funded under the sanctions regime?",
    guidance: "The EU's critical-engagement approach, EU and US listings, and what they rule out.",
  },
  {
    key: "regional_framing",
    weight: 1,
    question: "How does the dialogue connect to current regional (Indo-Pacific) priorities?",
    guidance: "The counterpart is left out of the European Indo-Pacific discourse.",
  },
  {
    key: "access",
    weight: 3,
    question: "Can participants travel and meet, given that there is no online option for this counterpart?",
    guidance: "Borders, lockdowns, visas, venues.",
  },
  {
    key: "track1_linkage",
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
