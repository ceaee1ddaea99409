import { z } from "zod";
import { COUNCIL_POSTS } from "../../domain/council/posts";
import { fields } from "../../platform/validation";

/** Appointing a member of a unit's council: an account (linked to the person it is), a post and a term. */
export const AppointCouncilMemberInput = z.object({
  userId: fields.id("errors.council_member_user_required"),
  post: z.enum(COUNCIL_POSTS, { error: "errors.council_member_post_required" }),
  validFrom: fields.date(),
  validTo: fields.date({ optional: true }),
});
export type AppointCouncilMemberValues = z.output<typeof AppointCouncilMemberInput>;

/** Ending a member's term on a day, with the reason kept in the audit log. */
export const EndCouncilTermInput = z.object({
  validTo: fields.date(),
  reason: fields.requiredText(1000),
});

/** The council on a day (today when not given). */
export const CouncilOnInput = z.object({ on: fields.date({ optional: true }) });
