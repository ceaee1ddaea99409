// The steps of a record's workflow (a plan submitted, returned, issued; a movement launched,
// closed; a registration accepted, returned), built one way in every area: the route that
// runs a step posted from the record's page, the notice it leaves there, the record's state
// as a tag, and the form that sends a record back with the reason.
import type { Hono } from "hono";
import type { MessageKey } from "../i18n";
import { Csrf, TextArea } from "./components";
import type { AppEnv, Ctx } from "./context";
import { handleForm, readForm } from "./forms";
import type { FormState, View } from "./view";

/** The notice for the flag a step left on the page's address ("?issued=1"), if any. */
export function noticeOf(c: Ctx, notices: Readonly<Record<string, MessageKey>>): string | undefined {
  const key = Object.keys(notices).find((k) => c.req.query(k));
  return key ? c.get("t")(notices[key]!) : undefined;
}

/** The page of one record, where its workflow steps are posted from and lead back to. */
export interface RecordPage<Form extends string> {
  /** The page's address, from the request's parameters. */
  address: (c: Ctx) => string;
  /** The page shown again, one of its forms holding what was typed and what is wrong. */
  showAgain: (c: Ctx, forms: Partial<Record<Form, FormState>>) => Promise<Response>;
}

/**
 * One step posted from a record's page (POST `path`): runs the use case with the form; then back
 * to the page with the step's flag for the notice (303), or, on invalid input, the page again
 * with the step's form showing the problems (422).
 */
export function workflowStep<Form extends string>(
  routes: Hono<AppEnv>,
  path: string,
  page: RecordPage<Form>,
  step: { form: Form; run: (c: Ctx, values: Record<string, string>) => Promise<unknown>; done: string },
) {
  routes.post(path, async (c) => {
    const values = await readForm(c);
    return handleForm(
      values,
      () => step.run(c, values),
      (state) => page.showAgain(c, { [step.form]: state } as Partial<Record<Form, FormState>>),
      () => c.redirect(`${page.address(c)}?${step.done}=1`, 303),
    );
  });
}

/** A record's state as a tag; the tone colours it: "issued" (done), "submitted" (waiting) or none. */
export function StatusTag({ label, tone }: { label: string; tone?: string | undefined }) {
  return <strong class={tone ? `tag tag--${tone}` : "tag"}>{label}</strong>;
}

/** Sends a record back to whoever wrote it, with the reason they will read. */
export function ReturnForm({ v, action, title, label, form }: { v: View; action: string; title: string; label: string; form: FormState }) {
  return (
    <form method="post" action={action} class="panel" novalidate>
      <h2>{title}</h2>
      <Csrf v={v} />
      <TextArea v={v} form={form} name="reason" label={label} rows={3} />
      <button class="button button--secondary" type="submit">
        {title}
      </button>
    </form>
  );
}
