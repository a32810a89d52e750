import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ReviewDecision } from "@/lib/generated/prisma/enums";
import { reviewDecisionLabels } from "@/lib/labels";

const decisionTones = { GO: "answered", NOT_YET: "progress", NO_GO: "blocked" } as const;

type ReviewRow = {
  id: string;
  decision: ReviewDecision;
  rationale: string;
  score: number;
  decidedAt: Date;
  deciderName: string;
};

/** The recorded reviews, newest first, with a choice of two to compare (kept in the query: `a` and `b`). */
export function ReviewList({
  reviews,
  a,
  b,
  reviewHref,
}: {
  reviews: ReviewRow[];
  a?: string;
  b?: string;
  /** Where the review opens as decided: every answer, its evidence and links. */
  reviewHref: (id: string) => string;
}) {
  return (
    <form method="get" className="space-y-3" key={reviews.map((review) => review.id).join()}>
      <input type="hidden" name="tab" value="reviews" />
      <Table aria-label="Reviews">
        <TableHeader>
          <TableRow>
            <TableHead>From</TableHead>
            <TableHead>To</TableHead>
            <TableHead>Decided</TableHead>
            <TableHead>Decision</TableHead>
            <TableHead>Score</TableHead>
            <TableHead className="w-full">Rationale</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {reviews.map((review, index) => (
            <TableRow key={review.id} data-testid="review-row">
              <TableCell label="Compare from">
                <input
                  type="radio"
                  name="a"
                  value={review.id}
                  aria-label={`Compare from review ${reviews.length - index}`}
                  defaultChecked={a ? a === review.id : index === 1}
                  className="size-4 accent-primary"
                />
              </TableCell>
              <TableCell label="Compare to">
                <input
                  type="radio"
                  name="b"
                  value={review.id}
                  aria-label={`Compare to review ${reviews.length - index}`}
                  defaultChecked={b ? b === review.id : index === 0}
                  className="size-4 accent-primary"
                />
              </TableCell>
              <TableCell label="Decided" className="whitespace-nowrap">
                <DateTime value={review.decidedAt} /> · {review.deciderName} ·{" "}
                <Link
                  href={reviewHref(review.id)}
                  scroll={false}
                  aria-label={`Open review ${reviews.length - index}`}
                  className="underline underline-offset-2"
                >
                  Open
                </Link>
              </TableCell>
              <TableCell label="Decision">
                <Badge tone={decisionTones[review.decision]}>{reviewDecisionLabels[review.decision]}</Badge>
              </TableCell>
              <TableCell label="Score" className="tabular-nums">
                {review.score}
              </TableCell>
              <TableCell label="Rationale" className="whitespace-pre-wrap">
                {review.rationale}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {reviews.length > 1 ? <Button variant="secondary">Compare reviews</Button> : null}
    </form>
  );
}
