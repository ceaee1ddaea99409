// The starting text of a new plan: the parts every emulation plan of a People's
// Committee has, in the wording wards use (after the seed plan of Phường Cam Phú),
// for the writer to adapt. Nothing here is issued as is: a plan must be completed.
import type { PlanContent } from "../../domain/plans/plan-content";

export const PLAN_TEMPLATE: PlanContent = {
  summary: "Phát động phong trào thi đua …",
  basis: "Thực hiện … số … ngày … của … về việc …",
  introduction: "Ủy ban nhân dân xây dựng kế hoạch phát động phong trào thi đua cụ thể như sau:",
  purposes: "- Thông qua phong trào thi đua để tuyên truyền sâu rộng trong toàn thể cán bộ, công chức và các tầng lớp Nhân dân trên địa bàn …\n\n- Thông qua phong trào thi đua để kịp thời phát hiện, biểu dương, khen thưởng, nhân rộng các điển hình tiên tiến …",
  requirements:
    "- Phong trào thi đua được triển khai sâu rộng, phát huy được tinh thần đoàn kết, sáng tạo của tập thể, cá nhân tham gia thi đua; xây dựng cụ thể các nội dung, tiêu chí thi đua.\n\n- Công tác khen thưởng phải đảm bảo chính xác, công bằng, công khai, kịp thời, đúng quy định, đúng đối tượng, tiêu chuẩn và thành tích đạt được.",
  contents: "1. …",
  assignments: [
    { party: "Thường trực Hội đồng Thi đua - Khen thưởng", duties: "Có trách nhiệm theo dõi, triển khai việc tổ chức thực hiện kế hoạch này.", dueDate: null },
    { party: "Ủy ban Mặt trận TQVN và các tổ chức chính trị - xã hội", duties: "Vận động đoàn viên, hội viên tổ chức tham gia thực hiện tốt Phong trào thi đua.", dueDate: null },
  ],
  closing: "Yêu cầu cán bộ, công chức nghiêm túc thực hiện nội dung kế hoạch này./.",
};
