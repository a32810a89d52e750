import { checklistTemplate, type TemplateItem } from "../lib/readiness/template";

/**
 * The generated data's rows, table by table, as INSERT … SELECT statements over generate_series
 * (prisma/scale-seed.ts runs them): every value is a function of its row number, every name made
 * of invented syllables.
 */
export const template: readonly TemplateItem[] = checklistTemplate;

export type Size = { dialogues: number; people: number; audit: number };

const DAY = "86400000 milliseconds";
const array = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}]`;
/** The (1 + n mod length)th value of a list, as SQL. */
export const pick = (values: readonly string[], n: string, type?: string) =>
  `(${array(values)})[1 + (${n}) % ${values.length}]${type ? `::"${type}"` : ""}`;

export const syllables = ["Tal", "Ven", "Oru", "Sek", "Mira", "Dov", "Ankh", "Ilo", "Bre", "Quen", "Zar", "Eth"];
export const endings = ["ask", "omir", "ena", "uth", "ix", "aro", "enko", "idal", "ost", "ure"];
const topics = ["northern shoals", "river basin data", "grain logistics", "fisheries", "rail links", "health"];
const counterparts = ["Republic of Eastmarch", "Federation of Westerly Isles", "Union of the Halden Coast"];
const statuses = ["PROSPECTIVE", "EXPLORING", "PLANNING", "READY", "ACTIVE", "SUSPENDED", "CANCELLED"];

export function statements(k: number, size: Size, members: number): [string, string][] {
  const o = `o${k}`;
  const { dialogues: D, people: P, audit: A } = size;
  const I = Math.max(10, Math.floor(D / 5));
  const person = (n: string) =>
    `${pick(syllables, n)} || lower(${pick(syllables, `(${n}) / 12`)}) || ' ' || ${pick(syllables, `(${n}) / 144`)} || ${pick(endings, `(${n}) / 1728`)}`;
  const member = (n: string) => `'${o}-m' || ((${n}) % ${members})`;
  const user = (n: string) => `'${o}-u' || ((${n}) % ${members})`;
  const ago = (days: string) => `timestamp '2026-11-01' - (${days}) * interval '${DAY}'`;
  const templateRows = `(VALUES ${template
    .map(
      (t, position) =>
        `('${t.key}', ${position}, '${t.question.replaceAll("'", "''")}', ${t.weight}, ${t.gate === true}, ${t.reviewIntervalDays ?? "NULL"})`,
    )
    .join(", ")}) AS t(key, position, question, weight, gate, interval)`;
  return [
    [
      "Dialogue",
      `INSERT INTO "Dialogue" (id, "organizationId", title, counterpart, status, restricted, "hostCountry", "hostCity", summary, "attributionRule", "targetWindowStart", "createdAt", "updatedAt")
       SELECT '${o}-d' || i, '${o}', 'Dialogue ' || lpad(i::text, 5, '0') || ' on ' || ${pick(topics, "i")}, ${pick(counterparts, "i / 7")},
         ${pick(statuses, "i", "DialogueStatus")}, i % 10 = 0, 'Norway', 'Oslo', 'A fictional dialogue for the benchmark.',
         'CHATHAM_HOUSE', date '2027-01-01' + (i % 300), ${ago(`1000 + i % 700`)}, ${ago(`(i * 7919) % ${D} * 0.1`)}
       FROM generate_series(0, ${D - 1}) i`,
    ],
    [
      "DialogueTeamMember",
      `INSERT INTO "DialogueTeamMember" ("dialogueId", "memberId")
       SELECT '${o}-d' || i, ${member(`4 + i % ${Math.max(1, members - 4)}`)} FROM generate_series(0, ${D - 1}) i
       UNION SELECT '${o}-d' || i, '${o}-m1' FROM generate_series(0, ${D - 1}, 20) i`,
    ],
    [
      "ChecklistItem",
      `INSERT INTO "ChecklistItem" (id, "organizationId", "dialogueId", "templateKey", position, question, status, answer, evidence, confidence, "assigneeId", "dueDate", weight, gate, "answeredOn", "reviewIntervalDays", "updatedAt")
       SELECT '${o}-c' || i || '-' || t.position, '${o}', '${o}-d' || i, t.key, t.position, t.question,
         ${pick(["OPEN", "IN_PROGRESS", "ANSWERED", "ANSWERED", "BLOCKED"], "i + t.position", "ChecklistStatus")},
         CASE WHEN (i + t.position) % 5 IN (2, 3) THEN 'Answered in the fictional record.' ELSE '' END,
         CASE WHEN (i + t.position) % 5 = 2 THEN 'Note of a meeting, fictional.' ELSE '' END,
         ${pick(["LOW", "MEDIUM", "HIGH"], "i + t.position", "Confidence")}, ${member("i + t.position")},
         date '2026-12-01' + ((i * 3 + t.position * 11) % 240), t.weight, t.gate,
         CASE WHEN (i + t.position) % 5 IN (2, 3) THEN date '2026-11-01' - ((i + t.position * 17) % 400) END,
         t.interval, ${ago(`(i + t.position) % 500`)}
       FROM generate_series(0, ${D - 1}) i CROSS JOIN ${templateRows}`,
    ],
    [
      "Format",
      `INSERT INTO "Format" (id, "organizationId", "dialogueId", name, mode, "venueCity", "venueCountry", "participantCap", status)
       SELECT '${o}-f' || i || '-' || j, '${o}', '${o}-d' || i, ${pick(["Closed roundtable", "Workshop", "Expert call"], "j")},
         ${pick(["IN_PERSON", "HYBRID", "VIRTUAL"], "i + j", "FormatMode")}, 'Oslo', 'Norway', 12 + j * 4,
         CASE WHEN j = 0 THEN 'CURRENT' ELSE 'PROPOSED' END::"FormatStatus"
       FROM generate_series(0, ${D - 1}) i, generate_series(0, 1) j`,
    ],
    [
      "Theme",
      `INSERT INTO "Theme" (id, "organizationId", "dialogueId", title, "ourPriority", "theirPriority", status, "sanctionsSensitive")
       SELECT '${o}-t' || i || '-' || j, '${o}', '${o}-d' || i, initcap(${pick(topics, "i + j")}), 1 + j, 3 - j,
         ${pick(["PROPOSED", "AGREED", "DROPPED"], "i + j", "ThemeStatus")}, j = 2
       FROM generate_series(0, ${D - 1}) i, generate_series(0, 2) j`,
    ],
    [
      "Session",
      `INSERT INTO "Session" (id, "organizationId", "dialogueId", title, "startsAt", "endsAt", "timeZone", venue, "formatId", "attributionRule", status, outcome)
       SELECT '${o}-s' || i || '-' || j, '${o}', '${o}-d' || i, 'Round ' || (j + 1),
         timestamp '2026-06-01 07:00' + ((i % 365) + (j - 1) * 180) * interval '${DAY}',
         timestamp '2026-06-01 15:00' + ((i % 365) + (j - 1) * 180) * interval '${DAY}',
         'Europe/Oslo', 'A fictional venue', '${o}-f' || i || '-0', 'CHATHAM_HOUSE',
         CASE WHEN j = 0 THEN 'HELD' ELSE 'PLANNED' END::"SessionStatus",
         CASE WHEN j = 0 THEN 'An unattributed summary of a fictional round.' ELSE '' END
       FROM generate_series(0, ${D - 1}) i, generate_series(0, 2) j`,
    ],
    [
      "AgendaItem",
      `INSERT INTO "AgendaItem" (id, "organizationId", "sessionId", position, title, "durationMinutes", "themeId")
       SELECT '${o}-g' || i || '-' || j || '-' || p, '${o}', '${o}-s' || i || '-' || j, p, 'Agenda point ' || (p + 1), 45, '${o}-t' || i || '-' || p
       FROM generate_series(0, ${D - 1}) i, generate_series(0, 2) j, generate_series(0, 2) p`,
    ],
    [
      "Condition",
      `INSERT INTO "Condition" (id, "organizationId", "dialogueId", text, side, "statedOn", source, status, gate)
       SELECT '${o}-k' || i, '${o}', '${o}-d' || i, 'Meetings only in a neutral third country.', 'COUNTERPART',
         date '2026-01-01' + i % 300, 'Fictional exchange of letters', ${pick(["STATED", "MET", "UNMET", "WITHDRAWN", "MET"], "i", "ConditionStatus")}, i % 3 = 0
       FROM generate_series(0, ${D - 1}) i`,
    ],
    [
      "ConditionFormat",
      `INSERT INTO "ConditionFormat" ("conditionId", "formatId") SELECT '${o}-k' || i, '${o}-f' || i || '-0' FROM generate_series(0, ${D - 1}) i`,
    ],
    [
      "ConditionSession",
      `INSERT INTO "ConditionSession" ("conditionId", "sessionId") SELECT '${o}-k' || i, '${o}-s' || i || '-1' FROM generate_series(0, ${D - 1}) i`,
    ],
    [
      "FollowUp",
      `INSERT INTO "FollowUp" (id, "organizationId", "sessionId", what, side, "assigneeId", "dueDate", status)
       SELECT '${o}-fu' || i || '-' || j, '${o}', '${o}-s' || i || '-0', 'Send the fictional paper ' || (j + 1),
         ${pick(["OURS", "COUNTERPART"], "j", "ParticipantSide")}, ${member("i + j")}, date '2026-09-01' + (i % 180),
         ${pick(["OPEN", "DONE", "OPEN", "DROPPED"], "i + j", "FollowUpStatus")}
       FROM generate_series(0, ${D - 1}) i, generate_series(0, 1) j`,
    ],
    [
      "Readout",
      `INSERT INTO "Readout" (id, "organizationId", "sessionId", unit, "briefedOn", "briefedBy", mode, reaction)
       SELECT '${o}-r' || i, '${o}', '${o}-s' || i || '-0', 'Desk officer, fictional ministry', date '2026-08-01' + i % 90,
         'A fictional convener', ${pick(["MEETING", "CALL", "WRITTEN", "VIDEO"], "i", "ReadoutMode")}, 'Interested.'
       FROM generate_series(0, ${D - 1}) i`,
    ],
    [
      "ReadinessReview",
      `INSERT INTO "ReadinessReview" (id, "organizationId", "dialogueId", decision, rationale, "decidedById", "decidedAt", score, snapshot)
       SELECT '${o}-rv' || i || '-' || j, '${o}', '${o}-d' || i, ${pick(["NOT_YET", "GO", "NO_GO"], "i + j", "ReviewDecision")},
         'A fictional rationale.', ${user("i")}, ${ago(`400 - j * 200 + i % 50`)}, 40 + (i * 7 + j * 13) % 60,
         (SELECT jsonb_agg(jsonb_build_object('id', c.id, 'question', c.question, 'status', c.status, 'confidence', c.confidence,
            'answer', c.answer, 'weight', c.weight, 'gate', c.gate) ORDER BY c.position)
          FROM "ChecklistItem" c WHERE c."dialogueId" = '${o}-d' || i)
       FROM generate_series(0, ${D - 1}) i, generate_series(0, 1) j`,
    ],
    [
      "ContextEvent",
      `INSERT INTO "ContextEvent" (id, "organizationId", "occurredOn", kind, title, source, note, counterparts)
       SELECT '${o}-e' || i, '${o}', date '2026-11-01' - i * 3, ${pick(["SANCTIONS_LISTING", "POLICY_SHIFT", "TRAVEL_REOPENING", "LEADERSHIP_CHANGE", "OTHER"], "i", "ContextEventKind")},
         'Fictional outside event ' || i, 'A fictional bulletin', '', ARRAY[${pick(counterparts, "i")}]
       FROM generate_series(0, ${Math.max(10, D / 100) - 1}) i`,
    ],
    [
      "ContextEventLink",
      `INSERT INTO "ContextEventLink" (id, "organizationId", "eventId", "checklistItemId", "linkedAt", "clearedAt")
       SELECT '${o}-el' || i || '-' || j, '${o}', '${o}-e' || i, '${o}-c' || ((i * 37 + j * 101) % ${D}) || '-6', ${ago("i * 3")},
         CASE WHEN j = 0 THEN ${ago("i * 2")} END
       FROM generate_series(0, ${Math.max(10, D / 100) - 1}) i, generate_series(0, 1) j`,
    ],
    [
      "Institution",
      `INSERT INTO "Institution" (id, "organizationId", name, country, kind, "updatedAt")
       SELECT '${o}-i' || i, '${o}', 'Institute of ' || ${pick(syllables, "i")} || lower(${pick(endings, "i / 12")}) || ' ' || i || ' (fictional)',
         ${pick(["Eastmarch", "Westerly Isles", "Halden"], "i")}, ${pick(["MINISTRY", "AGENCY", "THINK_TANK", "UNIVERSITY", "PARTY", "OTHER"], "i", "InstitutionKind")}, ${ago("i % 900")}
       FROM generate_series(0, ${I - 1}) i`,
    ],
    [
      "DialogueCounterpart",
      `INSERT INTO "DialogueCounterpart" ("organizationId", "dialogueId", "institutionId")
       SELECT '${o}', '${o}-d' || i, '${o}-i' || (i % ${I}) FROM generate_series(0, ${D - 1}) i`,
    ],
    [
      "Interlocutor",
      `INSERT INTO "Interlocutor" (id, "organizationId", name, "alternateSpellings", "searchNames", category, nationality, languages, tags, notes, "lawfulBasis", "reviewBy", "erasedAt", "erasedById", "erasureReason", "updatedAt")
       SELECT '${o}-p' || i, '${o}', CASE WHEN erased THEN 'Erased person' ELSE n END, CASE WHEN erased THEN '{}' ELSE ARRAY[n || 'e'] END,
         CASE WHEN erased THEN '' ELSE lower(replace(n, ' ', '')) || ' ' || lower(replace(n, ' ', '')) || 'e' END,
         ${pick(["COUNTERPART_OFFICIAL", "OUTSIDE_EXPERT", "FORMER_OFFICIAL", "FACILITATOR", "OBSERVER", "INTERPRETER"], "i", "InterlocutorCategory")},
         CASE WHEN erased THEN '' ELSE ${pick(["Eastmarch", "Westerly Isles", "Halden", "Norway"], "i")} END,
         CASE WHEN erased THEN '{}' ELSE ARRAY['English'] END, '{}', '',
         CASE WHEN erased THEN '' ELSE 'Legitimate interest: dialogue planning' END,
         CASE WHEN NOT erased THEN date '2027-01-01' + i % 700 END,
         CASE WHEN erased THEN ${ago("i % 30")} END, CASE WHEN erased THEN '${o}-u0' END,
         CASE WHEN erased THEN 'Asked to be forgotten (fictional).' ELSE '' END, ${ago("i % 1000")}
       FROM (SELECT i, ${person("i")} AS n, i % 5000 = 4999 AS erased
             FROM generate_series(0, ${P - 1}) i) people`,
    ],
    [
      "InterlocutorRedirect",
      `INSERT INTO "InterlocutorRedirect" (id, "organizationId", "interlocutorId")
       SELECT '${o}-pr' || i, '${o}', '${o}-p' || (i * 97 % ${P}) FROM generate_series(0, ${Math.max(5, P / 1000) - 1}) i`,
    ],
    [
      "Affiliation",
      // Two posts each, and a third for every other person: 2.5 per person. Each ends when the next begins.
      `INSERT INTO "Affiliation" (id, "organizationId", "interlocutorId", "institutionId", title, "startsOn", "endsOn", source, confidence, seniority)
       SELECT '${o}-a' || i || '-' || j, '${o}', '${o}-p' || i, '${o}-i' || ((i + j * 31) % ${I}),
         ${pick(["Deputy director", "Director", "Counsellor", "Researcher", "Senior fellow"], "i + j")},
         date '2010-01-01' + (j * 4 * 365 + i % 365), CASE WHEN j < 1 + i % 2 THEN date '2010-01-01' + ((j + 1) * 4 * 365 + i % 365) END,
         'Fictional directory', ${pick(["LOW", "MEDIUM", "HIGH"], "i + j", "Confidence")}, 3 + j
       FROM generate_series(0, ${P - 1}) i, generate_series(0, 2) j WHERE j < 2 + i % 2 AND i % 5000 <> 4999`,
    ],
    [
      "InterlocutorChange",
      `INSERT INTO "InterlocutorChange" (id, "organizationId", "interlocutorId", kind, "occurredOn", source, confidence, "successorId", "closedAffiliationId", "openedAffiliationId")
       SELECT '${o}-x' || i, '${o}', '${o}-p' || i, ${pick(["MOVED", "PROMOTED", "REPLACED"], "i / 2", "ChangeKind")},
         date '2014-01-01' + i % 365, 'Fictional directory', 'MEDIUM',
         CASE WHEN (i / 2) % 3 = 2 THEN '${o}-p' || ((i + 1) % ${P}) END, '${o}-a' || i || '-0', '${o}-a' || i || '-1'
       FROM generate_series(0, ${P - 1}, 2) i WHERE i % 5000 <> 4999`,
    ],
    [
      "Participant",
      `INSERT INTO "Participant" (id, "organizationId", "dialogueId", "interlocutorId", side, role, capacity, status, consent)
       SELECT '${o}-q' || i || '-' || j, '${o}', '${o}-d' || i, '${o}-p' || ((i * 12 + j) % ${P}),
         CASE WHEN j < 5 THEN 'COUNTERPART' WHEN j < 9 THEN 'OURS' WHEN j < 11 THEN 'THIRD_PARTY' ELSE 'CO_CONVENER' END::"ParticipantSide",
         ${pick(["DELEGATION_LEAD", "MEMBER", "EXPERT", "MEMBER", "NOTE_TAKER", "INTERPRETER"], "j", "ParticipantRole")},
         CASE WHEN j < 5 THEN 'OFFICIAL' ELSE 'PERSONAL' END::"ParticipantCapacity",
         ${pick(["CONFIRMED", "INVITED", "PROSPECTIVE", "CONFIRMED", "DECLINED"], "i + j", "ParticipationStatus")},
         ${pick(["NAMED", "AFFILIATION_ONLY", "NOT_LISTED"], "i + j", "NamingConsent")}
       FROM generate_series(0, ${D - 1}) i, generate_series(0, 11) j`,
    ],
    [
      "SessionParticipant",
      `INSERT INTO "SessionParticipant" (id, "organizationId", "sessionId", "participantId", attendance, "invitationSentOn", visa, "visaLeadDays", "travelBooked")
       SELECT '${o}-sp' || i || '-' || s || '-' || j, '${o}', '${o}-s' || i || '-' || s, '${o}-q' || i || '-' || j,
         CASE WHEN s = 0 THEN ${pick(["ATTENDED", "ATTENDED", "NO_SHOW"], "i + j")} ELSE ${pick(["INVITED", "CONFIRMED"], "i + j")} END::"Attendance",
         date '2026-05-01' + i % 100, ${pick(["NOT_NEEDED", "NEEDED", "APPLIED", "GRANTED"], "i + j", "VisaStatus")}, 30, (i + j) % 2 = 0
       FROM generate_series(0, ${D - 1}) i, generate_series(0, 1) s, generate_series(0, 11) j`,
    ],
    [
      "Screening",
      `INSERT INTO "Screening" (id, "organizationId", "sessionParticipantId", lists, "checkedOn", "checkedById", result, exemption)
       SELECT '${o}-sc' || i || '-' || j, '${o}', '${o}-sp' || i || '-1-' || j, ARRAY['UN Security Council 1718 Committee'],
         date '2026-10-01' + i % 30, ${user("i")}, ${pick(["CLEAR", "CLEAR", "POSSIBLE_MATCH", "CLEAR", "LISTED"], "i + j", "ScreeningResult")},
         CASE WHEN (i + j) % 5 = 4 THEN 'REQUESTED' ELSE 'NOT_NEEDED' END::"ExemptionStatus"
       FROM generate_series(0, ${D - 1}) i, generate_series(0, 4) j`,
    ],
    [
      "AuditEvent",
      // Oldest first, spread over three years; each names a real row of its entity.
      `INSERT INTO "AuditEvent" (id, "organizationId", "dialogueId", "actorId", action, entity, "entityId", before, after, "createdAt")
       SELECT '${o}-ev' || n, '${o}', CASE WHEN n % 10 NOT IN (6, 7) THEN '${o}-d' || (n * 7 % ${D}) END, ${user("n")},
         (ARRAY['checklist.item_updated', 'checklist.item_updated', 'checklist.item_answered', 'checklist.item_assigned', 'dialogue.updated',
                'session.updated', 'interlocutor.updated', 'affiliation.added', 'participant.added', 'theme.updated'])[1 + n % 10],
         (ARRAY['ChecklistItem', 'ChecklistItem', 'ChecklistItem', 'ChecklistItem', 'Dialogue', 'Session', 'Interlocutor', 'Affiliation', 'Participant', 'Theme'])[1 + n % 10],
         CASE n % 10
           WHEN 4 THEN '${o}-d' || (n * 7 % ${D})
           WHEN 5 THEN '${o}-s' || (n * 7 % ${D}) || '-' || (n % 3)
           WHEN 6 THEN '${o}-p' || (n * 13 % ${P})
           WHEN 7 THEN '${o}-a' || (n * 13 % ${P}) || '-0'
           WHEN 8 THEN '${o}-q' || (n * 7 % ${D}) || '-' || (n % 12)
           WHEN 9 THEN '${o}-t' || (n * 7 % ${D}) || '-' || (n % 3)
           ELSE '${o}-c' || (n * 7 % ${D}) || '-' || (n / 10 % 10)
         END,
         jsonb_build_object('status', 'OPEN', 'version', n % 7), jsonb_build_object('status', 'ANSWERED', 'version', n % 7 + 1),
         ${ago(`(${A} - n) * 1095.0 / ${A}`)}
       FROM generate_series($1::int, $2::int) n`,
    ],
  ];
}
