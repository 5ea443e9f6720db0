// The filing's code lists, apart from their zod schemas: client components that only list the choices (the
// member table, the add-member form) import these without pulling zod into the page's first load.
export const ORG_TYPES = ["ENTERPRISE", "UNIVERSITY", "RESEARCH_INSTITUTE", "SOCIAL_ORG", "OTHER"] as const;
export const MEMBER_ROLES = ["CHAIR", "VICE_CHAIR", "COUNCIL", "MEMBER"] as const;
export const CHAIN_POSITIONS = ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"] as const;
