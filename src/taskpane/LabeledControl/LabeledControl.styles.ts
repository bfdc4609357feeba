import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Native <select>/<input> dressed like Fluent's, without Field/Select/Input (~8 KB gzip). */
export const useLabeledControlStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: '120px',
  },
  label: { ...typographyStyles.body1, color: tokens.colorNeutralForeground1 },
  control: {
    ...typographyStyles.body1,
    boxSizing: 'border-box',
    height: '32px',
    width: '100%',
    padding: `0 ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '0',
      borderBottomColor: tokens.colorCompoundBrandStroke,
    },
  },
  invalid: {
    borderTopColor: tokens.colorPaletteRedBorder2,
    borderRightColor: tokens.colorPaletteRedBorder2,
    borderBottomColor: tokens.colorPaletteRedBorder2,
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  error: { ...typographyStyles.caption1, color: tokens.colorPaletteRedForeground1 },
});
