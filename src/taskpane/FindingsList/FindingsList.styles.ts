import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useFindingsListStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  counts: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  groupHeading: { ...typographyStyles.body1Strong, margin: 0, display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minHeight: '28px',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  cell: {
    flexShrink: 0,
    minWidth: '36px',
    marginRight: tokens.spacingHorizontalS,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground3,
  },
  message: { display: 'block' },
});
