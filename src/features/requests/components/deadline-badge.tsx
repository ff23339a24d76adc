import { Badge } from "@/components/ui/card";

const TONES = { overdue: "red", due_this_week: "amber", open: "slate", done: "green" } as const;

/** The deadline state (AVG art. 12 lid 3) as a coloured label; text, not colour alone, carries it. */
export function DeadlineBadge({ deadline, label }: { deadline: keyof typeof TONES; label: string }) {
  return <Badge tone={TONES[deadline]}>{label}</Badge>;
}
