/**
 * The fields a CSV of people and their posts can fill, the words the import page shows for them,
 * and the headers each is recognised by. Client-safe: the import page maps columns with these.
 */
export const importFields = {
  ref: { label: "Person ref", group: "person", aliases: ["ref", "id", "person id", "key", "reference"] },
  name: {
    label: "Name",
    group: "person",
    aliases: ["name", "full name", "romanized name", "latin name", "english name"],
  },
  originalName: {
    label: "Original name",
    group: "person",
    aliases: ["original name", "hangul", "name in original script", "native name", "korean name"],
  },
  alternateSpellings: {
    label: "Other spellings",
    group: "person",
    aliases: ["other spellings", "alternate spellings", "spellings", "aliases", "also known as", "aka"],
  },
  category: { label: "Category", group: "person", aliases: ["category", "type", "kind of interlocutor"] },
  nationality: { label: "Nationality", group: "person", aliases: ["nationality", "citizenship"] },
  languages: { label: "Languages", group: "person", aliases: ["languages", "language"] },
  tags: { label: "Tags", group: "person", aliases: ["tags", "labels", "keywords"] },
  notes: { label: "Notes", group: "person", aliases: ["notes", "note", "comments", "remarks"] },
  lawfulBasis: { label: "Lawful basis", group: "person", aliases: ["lawful basis", "legal basis", "gdpr basis"] },
  reviewBy: { label: "Review by", group: "person", aliases: ["review by", "review date", "review"] },
  institution: {
    label: "Institution",
    group: "post",
    aliases: ["institution", "organisation", "organization", "employer", "ministry", "affiliation"],
  },
  institutionCountry: {
    label: "Institution country",
    group: "post",
    aliases: ["institution country", "country"],
  },
  institutionKind: { label: "Institution kind", group: "post", aliases: ["institution kind", "institution type"] },
  title: {
    label: "Post title",
    group: "post",
    aliases: ["post title", "title", "post", "position", "job title", "role"],
  },
  startsOn: {
    label: "Post from",
    group: "post",
    aliases: ["post from", "from", "since", "start", "starts on", "start date"],
  },
  endsOn: { label: "Post until", group: "post", aliases: ["post until", "until", "to", "end", "ends on", "end date"] },
  seniority: { label: "Seniority (1–6)", group: "post", aliases: ["seniority", "rank", "level"] },
  source: { label: "Source", group: "post", aliases: ["source", "sources"] },
  confidence: { label: "Confidence", group: "post", aliases: ["confidence", "certainty"] },
} as const;

export type ImportField = keyof typeof importFields;
export const importFieldKeys = Object.keys(importFields) as [ImportField, ...ImportField[]];

/** Each column's field, by position, or "" for a column left out of the import. */
export type ColumnMapping = (ImportField | "")[];

const fold = (header: string) =>
  header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-–.:()]+/g, " ")
    .trim();

/** The field each header most plainly names: its label or an alias, each field used once. */
export function suggestMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = [];
  const taken = new Set<ImportField>();
  for (const header of headers) {
    const folded = fold(header);
    const field = importFieldKeys.find(
      (key) =>
        !taken.has(key) &&
        (fold(importFields[key].label) === folded || importFields[key].aliases.some((alias) => fold(alias) === folded)),
    );
    mapping.push(field ?? "");
    if (field) taken.add(field);
  }
  return mapping;
}
