// Public API of the application workflow: pure TypeScript shared by server actions and the browser.
export * from "./states"; // State, Role, STATE_LABELS, ROLE_LABELS, isTerminal and runtime guards
export * from "./transitions"; // TRANSITIONS table, checkTransition, availableTransitions
