"use client";

import { type ChangeEvent, useId, useState, useTransition } from "react";
import { CheckCircle2Icon, FileUpIcon, LoaderCircleIcon } from "@/components/ui/icons";
import { Link } from "@/components/ui/link";
import type { ActionResult } from "@/lib/action-result";
import { checkImportAction, importInterlocutorsAction } from "@/lib/imports/actions";
import type { ImportReport } from "@/lib/imports/check";
import { type ColumnMapping, type ImportField, importFieldKeys, importFields } from "@/lib/imports/fields";
import { Button } from "../ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../ui/card";
import { controlClass } from "../ui/field";
import { FormMessage } from "../ui/form-message";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import { toast } from "../ui/toaster";
import { DuplicateChoices, ProblemList, plural } from "./import-report";

type Decisions = Record<string, string>;
type ChosenFile = { fileName: string; csv: string };
type Input = ChosenFile & { mapping?: ColumnMapping; decisions?: Decisions; rest?: "" | "new" };
type Summary = { rows: number; peopleAdded: number; peopleMatched: number; posts: number; institutionsAdded: number };

/**
 * The import page: choose a file, map its columns (a guess is offered), read the report, answer
 * each possible duplicate, then import. The server checks the whole file at every step, and again
 * when importing: nothing goes in unless all of it can.
 */
export function ImportForm({ slug }: { slug: string }) {
  const check = (input: Input): Promise<ActionResult<ImportReport>> => checkImportAction(slug, input);
  const commit = (input: Input): Promise<ActionResult<Summary>> => importInterlocutorsAction(slug, input);
  const fileId = useId();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [decisions, setDecisions] = useState<Decisions>({});
  const [rest, setRest] = useState<"" | "new">("");
  const [failure, setFailure] = useState<{ message: string; details: string[] } | null>(null);
  const [done, setDone] = useState<Summary | null>(null);
  const [checking, startCheck] = useTransition();
  const [importing, startImport] = useTransition();

  const runCheck = (input: Input) =>
    startCheck(async () => {
      setFailure(null);
      const result = await check(input);
      if (result.ok) setReport(result.data);
      else
        setFailure({
          message: result.message,
          details: "fieldErrors" in result ? Object.values(result.fieldErrors ?? {}).flatMap((list) => list ?? []) : [],
        });
    });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    if (!chosen) return;
    const next = { fileName: chosen.name, csv: await chosen.text() };
    setFile(next);
    setDecisions({});
    setRest("");
    setDone(null);
    setReport(null);
    runCheck(next);
  };

  const remap = (index: number, field: ImportField | "") => {
    if (!file || !report) return;
    const mapping = report.mapping.map((current, position) => (position === index ? field : current));
    runCheck({ ...file, mapping, decisions, rest });
  };

  const decide = (line: number, choice: string) => setDecisions((current) => ({ ...current, [line]: choice }));
  // Every one not yet answered, listed or not (a report lists at most 500).
  const allNew = () => {
    setRest("new");
    setDecisions((current) => ({
      ...Object.fromEntries(report?.duplicates.map((person) => [person.line, "new"]) ?? []),
      ...current,
    }));
  };

  const answered = report?.duplicates.filter((person) => decisions[person.line]).length ?? 0;
  const undecided = report && rest !== "new" ? report.duplicateCount - answered : 0;
  const ready = Boolean(report && report.problemCount === 0 && undecided === 0 && !checking);

  const runImport = () => {
    if (!file || !report) return;
    startImport(async () => {
      setFailure(null);
      const result = await commit({ ...file, mapping: report.mapping, decisions, rest });
      if (result.ok) {
        setDone(result.data);
        toast(`Imported ${plural(result.data.rows, "row")}.`);
        return;
      }
      setFailure({
        message: result.message,
        details: "fieldErrors" in result ? Object.values(result.fieldErrors ?? {}).flatMap((list) => list ?? []) : [],
      });
    });
  };

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>1. Choose a file</CardTitle>
        </CardHeader>
        <CardContent className="space-y-2 text-sm">
          <label htmlFor={fileId} className="block font-medium">
            CSV file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            onChange={choose}
            aria-describedby={`${fileId}-hint`}
            className="block text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-card file:px-3 file:py-1.5 file:text-sm"
          />
          <p id={`${fileId}-hint`} className="text-muted-foreground">
            UTF-8, with commas or semicolons, one row per person or per post: rows with the same name (or the same
            “Person ref”) are one person, each row adding a post. Name and category are required; a post needs an
            institution, a title and the day it began (YYYY-MM-DD).
          </p>
          {checking ? (
            <p role="status" className="flex items-center gap-2 text-muted-foreground">
              <LoaderCircleIcon aria-hidden="true" className="size-4 animate-spin motion-reduce:animate-none" />
              Checking the file…
            </p>
          ) : null}
        </CardContent>
      </Card>

      {report && report.headers.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>2. Match the columns</CardTitle>
          </CardHeader>
          <CardContent>
            <Table aria-label="Columns">
              <TableHeader>
                <TableRow>
                  <TableHead>Column in the file</TableHead>
                  <TableHead>Goes into</TableHead>
                  <TableHead>First rows</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.headers.map((header, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional; two may share a header
                  <TableRow key={index}>
                    <TableCell className="font-medium">{header || `Column ${index + 1}`}</TableCell>
                    <TableCell>
                      <select
                        aria-label={`Field for column “${header || index + 1}”`}
                        value={report.mapping[index] ?? ""}
                        onChange={(event) => remap(index, event.currentTarget.value as ImportField | "")}
                        disabled={checking}
                        className={controlClass}
                      >
                        <option value="">Leave out</option>
                        {importFieldKeys.map((field) => (
                          <option key={field} value={field}>
                            {importFields[field].label}
                          </option>
                        ))}
                      </select>
                    </TableCell>
                    <TableCell className="max-w-64 truncate text-muted-foreground">
                      {report.preview
                        .map((row) => row.cells[index] ?? "")
                        .filter(Boolean)
                        .slice(0, 3)
                        .join(" · ")}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}

      {report ? (
        <Card>
          <CardHeader>
            <CardTitle>3. Check and import</CardTitle>
          </CardHeader>
          <CardContent className="space-y-4 text-sm">
            <p data-testid="import-summary">
              {report.fileName ? `${report.fileName}: ` : ""}
              {plural(report.rows, "row")}
              {report.problemCount === 0
                ? `, ${plural(report.people, "person", "people")}, ${plural(report.posts, "post")} and ${plural(report.newInstitutions, "new institution")}.`
                : "."}
            </p>
            {report.problemCount > 0 ? <ProblemList report={report} /> : null}
            {report.duplicates.length > 0 ? (
              <DuplicateChoices slug={slug} report={report} decisions={decisions} decide={decide} allNew={allNew} />
            ) : null}
            {failure ? (
              <div role="alert" className="space-y-1 text-destructive">
                <p>{failure.message}</p>
                {failure.details.length ? (
                  <ul className="list-disc pl-5">
                    {failure.details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : (
              <FormMessage message={null} />
            )}
            {done ? (
              <p role="status" className="flex items-center gap-2 font-medium">
                <CheckCircle2Icon aria-hidden="true" className="size-4 text-success" />
                Imported {plural(done.rows, "row")}: {plural(done.peopleAdded, "new person", "new people")},{" "}
                {plural(done.peopleMatched, "person", "people")} matched, {plural(done.posts, "post")},{" "}
                {plural(done.institutionsAdded, "new institution")}.{" "}
                <Link href={`/o/${slug}/interlocutors`} className="underline underline-offset-2">
                  See the interlocutors
                </Link>
              </p>
            ) : (
              <Button
                type="button"
                onClick={runImport}
                disabled={!ready || importing}
                aria-busy={importing || undefined}
              >
                {importing ? (
                  <LoaderCircleIcon aria-hidden="true" className="animate-spin motion-reduce:animate-none" />
                ) : (
                  <FileUpIcon aria-hidden="true" />
                )}
                {importing
                  ? "Importing…"
                  : report.problemCount > 0
                    ? "Import (fix the problems first)"
                    : undecided > 0
                      ? `Import (answer ${plural(undecided, "possible duplicate")} first)`
                      : `Import ${plural(report.people, "person", "people")}`}
              </Button>
            )}
          </CardContent>
        </Card>
      ) : failure ? (
        <div role="alert" className="text-sm text-destructive">
          {failure.message}
        </div>
      ) : null}
    </div>
  );
}
