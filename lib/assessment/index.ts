// Public API of the annual assessment (八（四）): pure, shared by the scheme form, the scoring screen and the server.
export {
  GRADES,
  GRADE_LABELS,
  DEFAULT_SCHEME,
  INDICATOR_SOURCES,
  ZRule,
  ZIndicator,
  ZGradeBands,
  ZSchemeDefinition,
  type TRule,
  type TIndicator,
  type TGradeBands,
  type TSchemeDefinition,
  type TSchemeDefinitionInput,
  type TIndicatorSource,
  type TReportStatusShown,
} from "./scheme"; // the scheme as data: indicators, weights, scoring rules, grade bands
export {
  figuresSchema,
  scoreReport,
  gradeOf,
  ScoringError,
  MAX_ADJUSTMENT,
  type TReportFigures,
  type TAdjustment,
  type TScoreLine,
  type TScoreResult,
} from "./score"; // scoring a report's figures, manual scores and adjustments into a total and grade
