// The checklist's last column: for an item the product can draw up, the button that does it (while
// the nominating unit may still change the dossier), or the note that it can.
import { Csrf } from "../../../web/components";
import type { View } from "../../../web/view";
import type { DossierItem } from "../../../domain/nominations/dossier";
import { COMPOSERS } from "../generate-dossier-document";

export function GenerateButton({ v, base, item, editable }: { v: View; base: string; item: DossierItem; editable: boolean }) {
  if (!item.generated || !COMPOSERS[item.code]) return <></>;
  if (!editable) return <span class="muted">{v.t("nominations.item_generated")}</span>;
  return (
    <form method="post" action={`${base}/generate`} class="inline-form" title={v.t("nominations.generate_hint")}>
      <Csrf v={v} />
      <input type="hidden" name="itemCode" value={item.code} />
      <button type="submit" class="button button--secondary">{v.t("nominations.generate")}</button>
    </form>
  );
}
