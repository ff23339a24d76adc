import { Badge } from "@/components/ui/card";
import { TAG_COLOURS, type TagColour } from "../schemas";
import type { TagOption } from "../services/find-tags";

/** The palette colour a tag is shown in; a tag without one (or an unknown one) is blue. */
export const tagTone = (c: string | null): TagColour =>
  (TAG_COLOURS as readonly string[]).includes(c ?? "") ? (c as TagColour) : "blue";

/** A contact's tags as small badges; `label` names the list for screen readers. */
export function TagBadges({ tags, label }: { tags: TagOption[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex min-w-0 flex-wrap gap-1" aria-label={label} data-testid="contact-tags">
      {tags.map((t) => (
        <li key={t.id} className="min-w-0 max-w-full">
          <Badge tone={tagTone(t.colour)}>
            <span className="truncate">{t.name}</span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}
