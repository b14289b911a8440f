import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AnchorHTMLAttributes } from 'react';

// Fluent's Link's look, from the same tokens: brand colours that follow the light, dark and
// high-contrast themes, an underline on hover and Fluent's focus outline.
const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    fontFamily: tokens.fontFamilyBase,
    textDecorationLine: 'none',
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: 'underline' },
    ':active': { color: tokens.colorBrandForegroundLinkPressed, textDecorationLine: 'underline' },
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      borderRadius: tokens.borderRadiusSmall,
      textDecorationLine: 'underline',
    },
  },
});

/**
 * A link with Fluent's look, as plain markup: the personal pages' navigation and the register's case
 * links are on every personal page's first screen, and Fluent's Link component brought about 4 KiB
 * of script for what one styled anchor does.
 */
export function PlainLink({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const styles = useStyles();
  // eslint-disable-next-line no-restricted-syntax -- styled with the theme's link tokens above, so readable in every theme
  return <a {...props} className={mergeClasses(styles.link, className)} />;
}
