import { meetingPacket } from "@/lib/meetings/packet";
import { docxResponse } from "@/lib/http/responses";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedDownload<{ id: string }>(["id"], async ({ user, params }) => docxResponse(await meetingPacket(user, params.id)));
