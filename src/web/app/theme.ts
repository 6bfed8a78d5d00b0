// The look of OpenAIMS: a calm, dense data-application theme with colours that carry meaning (severity).
import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, fz: 'sm' } },
  },
});

/** Severity colours, also used for the legends, so that the heat maps read the same everywhere. */
export const severityColor = { major: 'red', minor: 'orange', observation: 'yellow' } as const;
