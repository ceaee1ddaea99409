// The public's comments about a nomination and their answers, in the nomination's file.
import type { View } from "../../../web/view";
import type { nominationComments } from "../nomination-comments";
import { CommentStatus, Lines } from "./parts";

type Data = Awaited<ReturnType<typeof nominationComments>>;

export function DisclosureComments({ v, data }: { v: View; data: Data | null | undefined }) {
  if (!data || data.comments.length === 0) return null;
  return (
    <section>
      <h2>{v.t("disclosure.nomination_comments")}</h2>
      <ul class="plain-list">
        {data.comments.map((c) => (
          <li class="panel">
            <p>
              <strong>{c.authorName}</strong> · {v.dateTime(c.createdAt)} · <CommentStatus v={v} status={c.status} />
              {c.authorContact ? <> · {v.t("disclosure.contact", { contact: c.authorContact })}</> : null}
            </p>
            <p class="muted">{data.manage ? <a href={`/disclosures/${c.disclosureId}`}>{v.t("disclosure.nomination_comments_on", { title: c.disclosureTitle })}</a> : v.t("disclosure.nomination_comments_on", { title: c.disclosureTitle })}</p>
            <p><Lines text={c.body} /></p>
            {c.answer ? <p><strong>{v.t("disclosure.answer")}:</strong> <Lines text={c.answer} /></p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
