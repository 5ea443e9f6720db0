import { meetingPacket } from "@/lib/meetings/packet";
import { generatedResponse } from "@/lib/documents/pdf/respond";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

// ?format=pdf: the same packet as PDF where LibreOffice is installed.
export const GET = authedDownload<{ id: string }>(["id"], async ({ req, user, params }) => generatedResponse(req, await meetingPacket(user, params.id)));
