import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { buildMemberTemplate } from "@/lib/members/member-sheet";
import { attachmentResponse, errorResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    if (!(await getSessionUser())) throw new AppError("UNAUTHENTICATED");
    return attachmentResponse(await buildMemberTemplate(), "联盟成员单位导入模板.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  } catch (err) {
    return errorResponse(err);
  }
}
