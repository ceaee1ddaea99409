// An official document's life: draft → submitted for signature → issued, or back to
// draft with a reason. Issued is final: a correction is a new document.
export const DOCUMENT_STATUSES = ["draft", "submitted", "issued"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export type DocumentAction = "edit" | "submit" | "return" | "issue" | "comment";

const ALLOWED: Record<DocumentStatus, readonly DocumentAction[]> = {
  draft: ["edit", "submit", "comment"],
  submitted: ["return", "issue", "comment"],
  issued: [],
};

export function canTransition(status: DocumentStatus, action: DocumentAction): boolean {
  return ALLOWED[status].includes(action);
}

export function nextStatus(status: DocumentStatus, action: DocumentAction): DocumentStatus {
  if (!canTransition(status, action)) throw new RangeError(`${action} is not allowed on a ${status} document`);
  if (action === "submit") return "submitted";
  if (action === "return") return "draft";
  if (action === "issue") return "issued";
  return status;
}
