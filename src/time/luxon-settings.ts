import { Settings } from 'luxon';

// pakt never uses the machine's zone or locale: every DateTime gets an
// explicit zone, and luxon's defaults are pinned so that a forgotten zone
// would still not leak the machine's (and so that luxon does not ask ICU for
// the system locale at start-up, which costs milliseconds).
Settings.defaultZone = 'utc';
Settings.defaultLocale = 'en-US';
Settings.throwOnInvalid = false;
