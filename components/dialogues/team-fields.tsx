/** "Restricted to its team" and the team itself: for a new dialogue, and for the team form. */
export function TeamFields({
  members,
  restricted,
  team,
  errors,
}: {
  members: { id: string; name: string }[];
  restricted: boolean;
  team: string[];
  errors?: string[];
}) {
  return (
    <>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4 accent-primary" name="restricted" defaultChecked={restricted} />
        Restrict to its team: only they (and owners) can see that this dialogue exists
      </label>
      <fieldset className="grid gap-1 text-sm sm:grid-cols-2" aria-describedby="team-members-error">
        <legend className="mb-1 font-medium">Team</legend>
        {members.map((member) => (
          <label key={member.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="memberIds"
              value={member.id}
              data-list
              defaultChecked={team.includes(member.id)}
            />
            {member.name}
          </label>
        ))}
        <p id="team-members-error" aria-live="polite" className="text-sm text-destructive sm:col-span-2">
          {errors?.join(" ")}
        </p>
      </fieldset>
    </>
  );
}
