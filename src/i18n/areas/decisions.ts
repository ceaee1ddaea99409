// Messages of decisions (quyết định khen thưởng), revocations and payment lists, Vietnamese (source) and English.
export const vi = {
  "errors.decision_choose_items": "Chọn ít nhất một hồ sơ đã được Hội đồng biểu quyết đạt",
  "errors.decision_items_not_decidable": "Hồ sơ số {ids} không thể đưa vào quyết định: chưa được Hội đồng biểu quyết đạt, không thuộc thẩm quyền của đơn vị, hoặc đã có trong một quyết định khác",
  "errors.decision_empty": "Quyết định chưa có dòng nào",
  "errors.decision_lines_not_decidable": "Không ban hành được: hồ sơ của {names} không còn đủ điều kiện (đã rút, đã được khen thưởng hoặc kết quả biểu quyết đã thay đổi). Bỏ các dòng này khỏi dự thảo.",
  "errors.decision_bonus_unknown": "Không ban hành được: chưa có mức tiền thưởng theo quy định áp dụng ngày {date} cho {names}. Cập nhật căn cứ pháp lý trước khi ban hành.",
  "errors.revocation_already": "Khen thưởng số {ids} đã bị thu hồi trước đó",
  "errors.decision_line_unknown": "Dòng này không có trong dự thảo quyết định",
  "errors.revocation_choose_awards": "Chọn ít nhất một khen thưởng cần thu hồi",
  "errors.revocation_awards_not_revocable": "Khen thưởng số {ids} không thể thu hồi tại đây: không do quyết định của đơn vị ban hành, đã bị thu hồi, hoặc đã có trong một dự thảo thu hồi khác",
  "errors.recovery_over_due": "Số tiền thu hồi không được lớn hơn số tiền thưởng đã nhận ({due} đồng)",
  "errors.recovery_date_range": "Ngày nộp lại hiện vật phải từ ngày ban hành quyết định thu hồi đến hôm nay",
  "errors.amount_invalid": "Nhập số tiền bằng số nguyên không âm, ví dụ 360000 hoặc 360.000",
} as const;

export const en: Record<keyof typeof vi, string> = {
  "errors.decision_choose_items": "Choose at least one nomination the council passed",
  "errors.decision_items_not_decidable": "Nomination no. {ids} cannot go into the decision: the council did not pass it, the unit does not decide it, or it is already in another decision",
  "errors.decision_empty": "The decision has no lines",
  "errors.decision_lines_not_decidable": "Cannot issue: the nominations of {names} are no longer decidable (withdrawn, already awarded or the vote changed). Remove these lines from the draft.",
  "errors.decision_bonus_unknown": "Cannot issue: the law in force on {date} gives no bonus amount for {names}. Update the legal catalogue first.",
  "errors.revocation_already": "Award no. {ids} has already been revoked",
  "errors.decision_line_unknown": "This line is not in the draft decision",
  "errors.revocation_choose_awards": "Choose at least one award to revoke",
  "errors.revocation_awards_not_revocable": "Award no. {ids} cannot be revoked here: not made by this unit's decision, already revoked, or already in another revocation draft",
  "errors.recovery_over_due": "The amount recovered cannot exceed the bonus received ({due} đồng)",
  "errors.recovery_date_range": "The day the items came back must be between the revocation's issue date and today",
  "errors.amount_invalid": "Enter the amount as a whole number, e.g. 360000 or 360.000",
};
