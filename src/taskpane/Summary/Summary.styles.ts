import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSummaryStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  table: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  sheet: { ...typographyStyles.body1Strong, margin: 0 },
  total: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, margin: 0 },
  score: { ...typographyStyles.title2, fontVariantNumeric: 'tabular-nums' },
  groups: { width: '100%', borderCollapse: 'collapse', ...typographyStyles.caption1 },
  cell: {
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
  },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', width: '48px' },
  level1: { fontWeight: tokens.fontWeightSemibold },
  level2: { paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  // The grade badge (Fluent's Badge look: filled, rounded, status colours).
  badge: {
    ...typographyStyles.body1Strong,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '28px',
    height: '24px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  excellent: { backgroundColor: tokens.colorStatusSuccessBackground3 },
  good: { backgroundColor: tokens.colorBrandBackground },
  fair: {
    backgroundColor: tokens.colorStatusWarningBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  poor: { backgroundColor: tokens.colorStatusDangerBackground3 },
  evidence: { ...typographyStyles.body1, margin: 0 },
});
