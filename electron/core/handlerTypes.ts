// The shape of the handlers: one plain function per channel of shared/api.ts. A
// leaf, so that a feature's handlers.ts can name its type without importing
// api.ts (which imports every feature).
import type { Channel, Output, ParsedInput } from '../../shared/api';

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };
/** The handlers of the channels whose names start with one of the prefixes. */
export type HandlersOf<P extends string> = Pick<Handlers, Extract<Channel, `${P}.${string}`>>;
