import type { z } from "zod";
import { institutionKindLabels, interlocutorCategoryLabels } from "../interlocutors/labels";
import { interlocutorFieldsSchema } from "../interlocutors/schema";
import { confidenceLabels } from "../labels";
import { type ColumnMapping, type ImportField, importFieldKeys, importFields } from "./fields";
import type { CsvRow } from "./read";
import { importedPostSchema } from "./schema";

/**
 * The pure half of the importer: from a read file and its column mapping to the people and posts
 * it describes, or the problems that stop it, each by line, column and what is wrong. Nothing here
 * touches the database; lib/imports/check.ts adds what needs it (duplicates), and lib/imports/data.ts the posts on record.
 */
export type ImportProblem = { line: number | null; column: string; message: string };

export type PlannedPost = z.output<typeof importedPostSchema> & { line: number };

export type PlannedPerson = {
  /** The line the person first appears on: what a decision about a possible duplicate is keyed by. */
  line: number;
  fields: z.output<typeof interlocutorFieldsSchema>;
  posts: PlannedPost[];
};

export type ImportPlan = { people: PlannedPerson[]; problems: ImportProblem[] };

const PERSON_FIELDS = importFieldKeys.filter((key) => importFields[key].group === "person" && key !== "ref");
const POST_FIELDS = importFieldKeys.filter((key) => importFields[key].group === "post");
/** Cells that make a row carry a post: source and confidence alone describe nothing. */
const POST_MAKERS: ImportField[] = ["institution", "title", "startsOn", "endsOn", "seniority"];

const fold = (value: string) => value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** A choice written as its key ("THINK_TANK") or its words ("Think tank"), any case: its key. */
function choice(value: string, labels: Record<string, string>, fallback?: string) {
  const folded = fold(value).replace(/[\s_-]+/g, " ");
  if (!folded) return fallback ?? "";
  const match = Object.entries(labels).find(
    ([key, label]) => fold(key).replace(/_/g, " ") === folded || fold(label) === folded,
  );
  return match?.[0] ?? value;
}

export function planImport(headers: string[], rows: CsvRow[], mapping: ColumnMapping): ImportPlan {
  const problems: ImportProblem[] = [];
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((field, index) => {
    if (!field || index >= headers.length) return;
    if (columnOf.has(field)) {
      problems.push({
        line: 1,
        column: headers[index] ?? "",
        message: `Both “${headers[columnOf.get(field) as number]}” and “${headers[index]}” are mapped to ${importFields[field].label}. Map one of them.`,
      });
    } else columnOf.set(field, index);
  });
  for (const required of ["name", "category"] as const) {
    if (!columnOf.has(required))
      problems.push({ line: 1, column: "", message: `Map a column to ${importFields[required].label}.` });
  }
  if (problems.length > 0) return { people: [], problems };
  const header = (field: ImportField) => headers[columnOf.get(field) as number] ?? importFields[field].label;
  const cell = (row: CsvRow, field: ImportField) => {
    const index = columnOf.get(field);
    return index === undefined ? "" : (row.cells[index] ?? "").trim();
  };

  const people = new Map<string, PlannedPerson & { raw: Record<string, string> }>();
  for (const row of rows) {
    const extra = row.cells.slice(headers.length).some((value) => value.trim() !== "");
    if (row.cells.length < headers.length || extra) {
      problems.push({
        line: row.line,
        column: "",
        message: `This row has ${row.cells.length} cells, but the header names ${headers.length} columns. A cell holding the delimiter must be quoted.`,
      });
      continue;
    }
    const raw = Object.fromEntries(PERSON_FIELDS.map((field) => [field, cell(row, field)]));
    const ref = cell(row, "ref");
    const key = ref ? `ref:${ref}` : raw.name ? `name:${fold(raw.name)}|${fold(raw.originalName ?? "")}` : "";
    const known = key ? people.get(key) : undefined;
    if (known) {
      // A later row of someone already met adds a post; any detail it repeats must agree.
      for (const field of PERSON_FIELDS) {
        if (raw[field] && raw[field] !== known.raw[field])
          problems.push({
            line: row.line,
            column: header(field),
            message: `Differs from line ${known.line}, where this person first appears. Give the same value, or leave it empty.`,
          });
      }
    } else {
      const parsed = interlocutorFieldsSchema.safeParse({
        ...raw,
        category: choice(raw.category ?? "", interlocutorCategoryLabels),
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0]) as ImportField;
          problems.push({ line: row.line, column: columnOf.has(field) ? header(field) : "", message: issue.message });
        }
        continue;
      }
      people.set(key, { line: row.line, fields: parsed.data, posts: [], raw });
    }
    const person = people.get(key);
    if (!person || !POST_MAKERS.some((field) => cell(row, field))) continue;
    const post = importedPostSchema.safeParse({
      ...Object.fromEntries(POST_FIELDS.map((field) => [field, cell(row, field)])),
      institutionKind: choice(cell(row, "institutionKind"), institutionKindLabels, "OTHER"),
      confidence: choice(cell(row, "confidence"), confidenceLabels, "MEDIUM"),
    });
    if (!post.success) {
      for (const issue of post.error.issues) {
        const field = String(issue.path[0]) as ImportField;
        problems.push({
          line: row.line,
          column: columnOf.has(field) ? header(field) : (importFields[field]?.label ?? ""),
          message: columnOf.has(field)
            ? issue.message
            : `Map a column to ${importFields[field]?.label}: ${issue.message}`,
        });
      }
      continue;
    }
    const overlapping = person.posts.find(
      (other) =>
        (!post.data.endsOn || other.startsOn <= post.data.endsOn) &&
        (!other.endsOn || other.endsOn >= post.data.startsOn),
    );
    if (overlapping) {
      problems.push({
        line: row.line,
        column: header("startsOn"),
        message: `Overlaps the post “${overlapping.title}” on line ${overlapping.line}. One person holds one post at a time: end that post first.`,
      });
      continue;
    }
    person.posts.push({ ...post.data, line: row.line });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { people: [...people.values()].map(({ raw: _raw, ...person }) => person), problems };
}
