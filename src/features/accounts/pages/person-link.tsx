// On an account's page: the person of the registry the account is, and, for its administrator,
// a search to link it to one (or to unlink it). Works without JavaScript.
import { Csrf } from "../../../web/components";
import type { View } from "../../../web/view";
import type { LinkChoices } from "../link-choices";

export function PersonLink({ v, userId, link }: { v: View; userId: number; link: LinkChoices }) {
  return (
    <section id="person-link">
      <h2>{v.t("eligibility.account_person")}</h2>
      {link.person ? (
        <p>
          <a href={`/people/${link.person.id}`}>{link.person.fullName}</a> – {link.person.unitName}
        </p>
      ) : (
        <p>{v.t("eligibility.account_person_none")}</p>
      )}
      {link.canLink && link.person ? (
        <form method="post" action={`/users/${userId}/person`} class="inline-form">
          <Csrf v={v} />
          <input type="hidden" name="personId" value="" />
          <button type="submit" class="button button--secondary">
            {v.t("eligibility.unlink_button")}
          </button>
        </form>
      ) : null}
      {link.canLink && !link.person ? (
        <>
          <h3>{v.t("eligibility.link_title")}</h3>
          <p class="hint">{v.t("eligibility.link_intro")}</p>
          <form method="get" action={`/users/${userId}`}>
            <label for="f-person-q">{v.t("eligibility.link_search")}</label>
            <input class="input" id="f-person-q" name="person" value={link.q} />
            <button type="submit" class="button button--secondary">
              {v.t("eligibility.link_search_button")}
            </button>
          </form>
          {link.searched && link.candidates.length === 0 ? <p>{v.t("eligibility.link_no_match")}</p> : null}
          <ul>
            {link.candidates.map((p) => (
              <li>
                {p.fullName} – {p.unitName}{" "}
                <form method="post" action={`/users/${userId}/person`} class="inline-form">
                  <Csrf v={v} />
                  <input type="hidden" name="personId" value={String(p.id)} />
                  <button type="submit" class="button button--secondary">
                    {v.t("eligibility.link_button")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
