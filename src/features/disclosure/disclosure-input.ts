import { z } from "zod";
import { fields } from "../../platform/validation";

export const COMMENT_MAX = 2000;

export const PublishDisclosureInput = z.object({
  unitId: fields.id("errors.disclosure_unit_required"),
  /** Empty: "Danh sách đề nghị khen thưởng năm …" from the nominations' years. */
  title: z.string().trim().max(300, "errors.too_long").optional().default(""),
  /** The first day the list is public: today or later. */
  startsOn: fields.date(),
  nominationIds: z.array(fields.id()).min(1, "errors.disclosure_nominations_required").max(500, "errors.too_many_items"),
});

export const CommentInput = z.object({
  authorName: fields.requiredText(200),
  authorContact: fields.requiredText(200),
  body: fields.requiredText(COMMENT_MAX),
  /** The candidate the comment is about; empty: the list as a whole. */
  nominationId: z.preprocess((v) => (v === "" || v === null ? undefined : v), fields.id().optional()),
});

export const ModerateCommentInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("publish") }),
  z.object({ action: z.literal("reject") }),
  z.object({ action: z.literal("answer"), answer: z.string({ error: "errors.disclosure_answer_required" }).trim().min(1, "errors.disclosure_answer_required").max(COMMENT_MAX, "errors.too_long") }),
], { error: "errors.disclosure_action_unknown" });

/** The publish form's flat fields ("nomination.12" = "on") as the input above. */
export function publishFormToInput(form: Record<string, string>) {
  const nominationIds = Object.entries(form).filter(([k, v]) => /^nomination\.\d+$/.test(k) && v).map(([k]) => k.slice("nomination.".length));
  return { unitId: form.unitId, title: form.title, startsOn: form.startsOn, nominationIds };
}
