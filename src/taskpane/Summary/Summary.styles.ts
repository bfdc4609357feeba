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
  level2: { paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  evidence: { ...typographyStyles.body1, margin: 0 },
});
