// The look of OpenAIMS: a calm, dense data-application theme with colours that carry meaning (severity).
import { Anchor, Badge, createTheme, Notification, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

/** Light, outline and dot badges and buttons write their text in shade 9, so that every colour passes WCAG AA. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'outline' && input.variant !== 'subtle' && input.variant !== 'dot') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  const text = parsed.color === 'yellow' || parsed.color === 'orange' ? darken(input.theme.colors[parsed.color]![9]!, 0.25) : input.theme.colors[parsed.color]![9]!;
  return { ...colors, color: text, hoverColor: text };
};

export const theme = createTheme({
  primaryColor: 'indigo',
  variantColorResolver,
  // Shade 8: white on indigo and indigo links on white both pass WCAG AA contrast.
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, fz: 'sm' } },
    // Links inside text must be told apart without colour (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    Badge: Badge.extend({ defaultProps: { variant: 'light' } }),
    // The close button of a notification is an icon: it needs a name for screen readers (axe button-name).
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss the notification' } } }),
  },
});

/** Severity colours, also used for the legends, so that the heat maps read the same everywhere. */
export const severityColor = { major: 'red', minor: 'orange', observation: 'yellow' } as const;

/** Mantine's dimmed grey falls below WCAG AA contrast on white; a darker grey keeps secondary text readable. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a', '--mantine-color-placeholder': '#6c737a' },
  dark: {},
});
