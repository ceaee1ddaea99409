// Importing yearly assessments from a spreadsheet: the template, the unit and the file.
import { ImportUploadPage } from "../../../web/import-upload";
import type { FormState, View } from "../../../web/view";

export function AssessmentImportPage({ v, form, units, notice }: { v: View; form: FormState; units: { id: number; name: string }[]; notice?: string | undefined }) {
  return (
    <ImportUploadPage
      v={v}
      form={form}
      units={units}
      notice={notice}
      templateHref="/eligibility/assessments/template.xlsx"
      action="/eligibility/assessments/import"
      texts={{
        title: "eligibility.import", intro: "eligibility.import_intro", template: "eligibility.import_template",
        file: "eligibility.import_file", fileHint: "eligibility.import_file_hint", submit: "eligibility.import_preview",
      }}
    />
  );
}
