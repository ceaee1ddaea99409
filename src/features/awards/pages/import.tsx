// Importing an older award list from a spreadsheet: the template, the unit and the file.
import { ImportUploadPage } from "../../../web/import-upload";
import type { FormState, View } from "../../../web/view";

export function AwardImportPage({ v, form, units }: { v: View; form: FormState; units: { id: number; name: string }[] }) {
  return (
    <ImportUploadPage
      v={v}
      form={form}
      units={units}
      templateHref="/awards/import/template"
      action="/awards/import"
      texts={{ title: "awards.import", intro: "awards.import_intro", template: "awards.template", file: "awards.import_file", fileHint: "awards.import_file_hint", submit: "awards.preview" }}
    />
  );
}
