import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { buildMemberTemplate } from "@/lib/members/member-sheet";
import { attachmentResponse, errorResponse } from "@/lib/http/responses";
import { inRequestLocale } from "@/lib/http/authed-route";
import { text } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

export function GET() {
  return inRequestLocale(async () => {
    try {
      if (!(await getSessionUser())) throw new AppError("UNAUTHENTICATED");
      return attachmentResponse(
        await buildMemberTemplate(),
        text("api.memberTemplateFile"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
    } catch (err) {
      return errorResponse(err);
    }
  });
}
