// The checks' titles and descriptions, built into the app by vite.config.ts (see checkMeta there).
declare module 'virtual:check-meta' {
  const meta: Readonly<Record<string, { readonly title: string; readonly description: string }>>;
  export default meta;
}
