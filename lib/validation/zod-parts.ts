// The parts of zod the portal uses, re-exported by name (lib/validation/zod.ts makes them the `z` namespace).
// Named imports let the bundler leave out what no form uses; zod's own `z` namespace drags every locale
// (about 35-40 kB gzipped) and the JSON-schema tools into each client bundle that touches it (issue 16, BENCHMARK.md).
export {
  array,
  boolean,
  coerce,
  config,
  discriminatedUnion,
  email,
  enum,
  literal,
  looseObject,
  null,
  number,
  object,
  preprocess,
  record,
  strictObject,
  string,
  union,
  unknown,
  uuid,
  ZodError,
  ZodNumber,
  ZodString,
  ZodType,
} from "zod";
export type { core, infer, input, output } from "zod";
