import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The portal's link: Next's <Link> (client-side navigation) without prefetching. Every page here is dynamic
 * (it reads the session) and none has a loading.js, so what Next 16 prefetches for a link in view is only the
 * route tree and the metadata (two requests, 14 ms of server time together), which a click fetches again with
 * the page. A page showing 10-19 links cost the server 7-13 times the page itself in prefetches (BENCHMARK.md,
 * "What a page view costs"). A link may still opt in with prefetch={true} where a measured gain justifies it.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
