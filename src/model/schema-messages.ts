/**
 * All schemas use `zod/mini`, whose bundle is a fraction of classic zod's; it ships without
 * messages. Importing this module once gives every schema its English messages ("Too big:
 * expected number to be <=1"), which dataset imports and repaired settings show to the user.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config(en());
