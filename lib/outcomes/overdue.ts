/** A follow-up is overdue once its due day has passed while it is still open. */
export function isFollowUpOverdue(followUp: { status: string; dueDate: Date | null }, today: Date) {
  return followUp.status === "OPEN" && followUp.dueDate !== null && followUp.dueDate < today;
}
