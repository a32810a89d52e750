"use client";

import { Link } from "@/components/ui/link";
import type { ImportReport } from "@/lib/imports/check";
import { Button } from "../ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;

/** What stops a file going in, by line and column: the import page's report. */
export function ProblemList({ report }: { report: ImportReport }) {
  return (
    <section aria-labelledby="problems-heading" className="space-y-2">
      <h3 id="problems-heading" className="font-semibold text-destructive">
        Nothing can be imported until these {plural(report.problemCount, "problem")} are fixed
      </h3>
      <p className="text-muted-foreground">Correct the file, then choose it again.</p>
      <Table aria-label="Problems">
        <TableHeader>
          <TableRow>
            <TableHead>Line</TableHead>
            <TableHead>Column</TableHead>
            <TableHead>What is wrong</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a line may have several problems in one column
            <TableRow key={index}>
              <TableCell>{problem.line ?? "—"}</TableCell>
              <TableCell>{problem.column || "—"}</TableCell>
              <TableCell>{problem.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {report.problemCount > report.problems.length ? (
        <p className="text-muted-foreground">
          The first {report.problems.length} are listed; fix these and check again.
        </p>
      ) : null}
    </section>
  );
}

/** Each possible duplicate of someone on record, answered "someone new" or "same as …". */
export function DuplicateChoices({
  slug,
  report,
  decisions,
  decide,
  allNew,
}: {
  slug: string;
  report: ImportReport;
  decisions: Record<string, string>;
  decide: (line: number, choice: string) => void;
  allNew: () => void;
}) {
  return (
    <section aria-labelledby="duplicates-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="duplicates-heading" className="font-semibold">
          Possible duplicates ({report.duplicateCount}): someone new, or the same person?
        </h3>
        <Button type="button" variant="secondary" size="sm" onClick={allNew}>
          Answer the rest “someone new”
        </Button>
      </div>
      <p className="text-muted-foreground">
        “Same” keeps the record on file, adds the file’s spelling to it and gives it the file’s posts.
      </p>
      <ul className="space-y-3">
        {report.duplicates.map((person) => (
          <li key={person.line}>
            <fieldset className="space-y-1">
              <legend className="font-medium">
                Line {person.line}: {person.name}
              </legend>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`decision-${person.line}`}
                  checked={decisions[person.line] === "new"}
                  onChange={() => decide(person.line, "new")}
                />
                Someone new
              </label>
              {person.matches.map((match) => (
                <label key={match.id} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`decision-${person.line}`}
                    checked={decisions[person.line] === match.id}
                    onChange={() => decide(person.line, match.id)}
                  />
                  <span>
                    Same as{" "}
                    <Link
                      href={`/o/${slug}/interlocutors/${match.id}`}
                      target="_blank"
                      className="underline underline-offset-2"
                    >
                      {match.name}
                    </Link>
                    {match.post ? <span className="text-muted-foreground"> · {match.post}</span> : null}
                  </span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
    </section>
  );
}
