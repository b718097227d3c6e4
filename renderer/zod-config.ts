// Imported first by main.tsx: zod must not try `new Function` (its fast path) under the app's
// Content-Security-Policy, which forbids eval; the CSP would log a violation on every start.
import { z } from 'zod';

z.config({ jitless: true });
