import { Link } from "@/components/ui/link";
import { getCurrentUser } from "@/lib/auth/session";
import { listMyOrganizations } from "@/lib/organizations/data";

const jobs = [
  {
    title: "Plan a dialogue session",
    text: "Create a prospective dialogue, weigh format options, agree themes on a priority grid, record the conditions each side states, and schedule sessions with an agenda timetabled in venue time. Once a session is held, record its unattributed outcome, follow-ups and Track 1 readouts.",
  },
  {
    title: "Keep track of interlocutors",
    text: "Record the people you deal with, their dated posts and who moved or replaced whom, each with its source and confidence; find anyone by any spelling of their name, screen them against sanctions lists, and see how much of a roster is the same as last time.",
  },
  {
    title: "Review readiness",
    text: "Answer the questions every convener faces before meeting again, with evidence. Answers go stale, outside events ask for a re-check, and gates keep a dialogue not ready whatever its points. Record dated go / not yet / no-go reviews that keep what they rested on.",
  },
];

export default async function HomePage() {
  const user = await getCurrentUser();
  const organizations = user ? await listMyOrganizations(user.id) : [];
  return (
    <div className="space-y-10">
      {user ? (
        <section aria-labelledby="your-organizations" className="space-y-2">
          <h2 id="your-organizations" className="text-lg font-semibold">
            Your organizations
          </h2>
          <ul className="space-y-1">
            {organizations.map((organization) => (
              <li key={organization.slug}>
                <Link href={`/o/${organization.slug}`} className="underline">
                  {organization.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>
          <Link href="/signin" className="underline">
            Sign in
          </Link>{" "}
          or{" "}
          <Link href="/signup" className="underline">
            create an account
          </Link>
          .
        </p>
      )}
      <section className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">A planning desk for Track 1.5 dialogues</h1>
        <p className="max-w-3xl text-muted-foreground">
          Parley helps think tanks and institutes that convene discreet meetings between officials of a hard-to-reach
          state, outside experts and former officials keep track of their dialogues: who the interlocutors are now, what
          the format and themes should be, and whether the dialogue is ready to meet again.
        </p>
      </section>
      <section aria-labelledby="jobs" className="space-y-4">
        <h2 id="jobs" className="text-lg font-semibold">
          What conveners do here
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {jobs.map((job) => (
            <li key={job.title} className="rounded-lg border border-border bg-card p-5">
              <h3 className="font-medium">{job.title}</h3>
              <p className="mt-2 text-sm text-muted-foreground">{job.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
