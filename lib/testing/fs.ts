/**
 * File access for tests of the pure core (reference data, fixtures). The
 * core itself never touches the file system; its tests read through here so
 * `lib/core` stays free of fs imports.
 */
import fs from 'node:fs';

export default fs;
