/** `npm run demo:code`: the current two-factor code for the demo accounts that need one. */
import { totpCode } from "../lib/auth/totp";
import { DEMO_TOTP_SECRET } from "../prisma/seed/demo-data";

const remaining = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${totpCode(DEMO_TOTP_SECRET)}  (valid for ${remaining} more seconds)`);
