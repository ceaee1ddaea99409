// The frame every fact form shares: the person's name in the title, the errors, the form, the way back.
import type { Child } from "hono/jsx";
import { Csrf, ErrorSummary } from "../../../web/components";
import { Layout } from "../../../web/layout";
import type { FormState, View } from "../../../web/view";

export interface FactPerson {
  id: number;
  fullName: string;
}

export function FactFormPage(props: { v: View; person: FactPerson; title: string; action: string; form: FormState; labels: Record<string, string>; submit: string; children: Child }) {
  const { v, person, form } = props;
  return (
    <Layout v={v} title={props.title}>
      <ErrorSummary v={v} errors={form.errors} labels={props.labels} />
      <h1>{props.title}</h1>
      <form method="post" action={props.action} novalidate>
        <Csrf v={v} />
        {props.children}
        <button class="button" type="submit">
          {props.submit}
        </button>
      </form>
      <p>
        <a href={`/people/${person.id}#eligibility-facts`}>{v.t("eligibility.back_to_person", { name: person.fullName })}</a>
      </p>
    </Layout>
  );
}
