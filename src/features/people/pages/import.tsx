// Importing people from a spreadsheet: the template, the unit and the file.
import { ImportUploadPage } from "../../../web/import-upload";
import type { FormState, View } from "../../../web/view";

export function ImportPage({ v, form, units }: { v: View; form: FormState; units: { id: number; name: string }[] }) {
  return (
    <ImportUploadPage
      v={v}
      form={form}
      units={units}
      templateHref="/people/template.xlsx"
      action="/people/import"
      texts={{ title: "people.import", intro: "people.import_intro", template: "people.template", file: "people.import_file", fileHint: "people.import_file_hint", submit: "people.preview" }}
    />
  );
}
