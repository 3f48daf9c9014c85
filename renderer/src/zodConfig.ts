// zod probes for eval (new Function) to speed up parsing; the CSP forbids eval, so
// tell it not to try. Imported first, before any module that builds schemas.
import { z } from 'zod';

z.config({ jitless: true });
