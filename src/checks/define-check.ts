// defineCheck: declares a check (id, metadata with messages, behaviour) and renders its messages.
import type { Check, CheckMeta, CheckContext, MessageData } from './types.ts';

export function defineCheck<const MessageId extends string>(check: {
  id: string;
  meta: CheckMeta<MessageId>;
  run(ctx: CheckContext<MessageId>): void;
}): Check<MessageId> {
  return check;
}

/** Replaces `{{name}}` with data; an unknown placeholder stays visible rather than vanishing. */
export function renderMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : whole,
  );
}
