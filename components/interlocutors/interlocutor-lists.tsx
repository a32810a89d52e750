"use client";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ClientDateTime } from "@/components/ui/client-date-time";
import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/*
 * The interlocutors page's two long lists are client components over rows of data, not
 * server-rendered trees: React's payload for a tree repeats every element, class and attribute of
 * the HTML beside it, and is serialized and parsed again on every view. The rows carry only what
 * the lists show, labels already in words (so the label tables stay on the server); the HTML is
 * the same.
 */

export type PersonRow = {
  id: string;
  name: string;
  originalName: string | null;
  category: string;
  /** "Title, Institution", or null when no post is recorded. */
  post: string | null;
  nationality: string | null;
};

export function InterlocutorTable({ slug, rows }: { slug: string; rows: PersonRow[] }) {
  return (
    <Table aria-label="Interlocutors">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Category</TableHead>
          <TableHead>Current post</TableHead>
          <TableHead>Nationality</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((person) => (
          <TableRow key={person.id} data-testid="interlocutor-row">
            <TableCell>
              <Link href={`/o/${slug}/interlocutors/${person.id}`} className="font-medium underline underline-offset-2">
                {person.name}
              </Link>
              {person.originalName ? (
                <span className="block text-xs text-muted-foreground">{person.originalName}</span>
              ) : null}
            </TableCell>
            <TableCell label="Category">
              <Badge tone="outline">{person.category}</Badge>
            </TableCell>
            <TableCell label="Current post">
              {person.post ?? <span className="text-muted-foreground">None recorded</span>}
            </TableCell>
            <TableCell label="Nationality">{person.nationality || "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export type ChangeRow = {
  id: string;
  occurredOn: Date;
  personId: string;
  personName: string;
  kind: string;
  /** Who replaced them, when someone did. */
  successor: string | null;
  /** "Title, Institution" of the post left, and of the post taken when nobody replaced them. */
  left: string | null;
  now: string | null;
  source: string;
  confidence: string;
};

export function RecentChangeList({ slug, rows }: { slug: string; rows: ChangeRow[] }) {
  return (
    <Card>
      <ol className="divide-y divide-border text-sm">
        {rows.map((change) => (
          <li key={change.id} className="flex flex-wrap gap-x-3 gap-y-1 px-4 py-2" data-testid="recent-change">
            <span className="w-28 shrink-0 text-muted-foreground">
              <ClientDateTime value={change.occurredOn} dateOnly />
            </span>
            <span className="min-w-0 flex-1">
              <Link href={`/o/${slug}/interlocutors/${change.personId}`} className="font-medium underline">
                {change.personName}
              </Link>{" "}
              <Badge tone="progress">{change.kind}</Badge> {change.successor}
              {change.left ? ` · left ${change.left}` : ""}
              {change.now ? ` · now ${change.now}` : ""}
              <span className="block text-xs text-muted-foreground">
                {change.source} · {change.confidence} confidence
              </span>
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
