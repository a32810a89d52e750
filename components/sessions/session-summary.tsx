import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { CalendarIcon, DownloadIcon, MapPinIcon } from "@/components/ui/icons";
import { Link } from "@/components/ui/link";
import type { AttributionRule, SessionStatus } from "@/lib/generated/prisma/enums";
import { attributionRuleLabels, sessionStatusLabels } from "@/lib/labels";

const statusTones: Record<SessionStatus, BadgeTone> = {
  PLANNED: "progress",
  CONFIRMED: "answered",
  HELD: "na",
  POSTPONED: "stale",
  CANCELLED: "blocked",
};

/** A session's when, where and rule, with its calendar file; the title links to the session when `href` is given. */
export function SessionSummary({
  session,
  href,
  calendarHref,
  headingLevel: Heading = "h3",
}: {
  session: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    status: SessionStatus;
    attributionRule: AttributionRule;
    venue: string | null;
    format: { name: string } | null;
  };
  href?: string;
  calendarHref: string;
  headingLevel?: "h2" | "h3";
}) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Heading className="font-semibold">
            {href ? (
              <Link href={href} className="underline-offset-2 hover:underline">
                {session.title}
              </Link>
            ) : (
              session.title
            )}
          </Heading>
          <Badge tone={statusTones[session.status]}>{sessionStatusLabels[session.status]}</Badge>
        </div>
        <p className="flex items-start gap-1.5 text-sm text-muted-foreground">
          <CalendarIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            <DateTime value={session.startsAt} timeZone={session.timeZone} /> to{" "}
            <DateTime value={session.endsAt} timeZone={session.timeZone} />
          </span>
        </p>
        <p className="flex items-start gap-1.5 text-sm text-muted-foreground">
          <MapPinIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            {session.venue || "Venue not set"}
            {session.format ? ` · ${session.format.name}` : ""} · {attributionRuleLabels[session.attributionRule]}
          </span>
        </p>
      </div>
      <Button asChild variant="secondary" size="sm" className="print:hidden">
        <a href={calendarHref} download>
          <DownloadIcon aria-hidden="true" />
          Download .ics
        </a>
      </Button>
    </header>
  );
}
