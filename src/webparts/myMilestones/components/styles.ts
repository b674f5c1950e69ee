import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ITheme, useTheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** What My milestones adds to My updates' styles (shared/styles.ts): the row a reminder named, and the day count. */
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- the class names' type is mergeStyleSets' own
function styles(theme: ITheme) {
  const { palette, semanticColors } = theme;
  return mergeStyleSets({
    // A thick border, not only a colour, so the highlight shows in Windows high contrast too.
    highlighted: { borderLeft: `6px solid ${palette.themePrimary}`, background: palette.themeLighterAlt },
    kind: { color: semanticColors.bodySubtext, overflowWrap: 'anywhere', margin: '0 0 4px' },
    sectionHeading: { fontSize: 18, fontWeight: 600, margin: '16px 0 8px' },
    message: { margin: '8px 0' }
  });
}

const cached = memoizeFunction(styles);

export type MyMilestonesClasses = ReturnType<typeof styles>;

export function useMilestoneClasses(): MyMilestonesClasses {
  return cached(useTheme());
}
