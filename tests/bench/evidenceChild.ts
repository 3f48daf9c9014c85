// Run by evidence.ts in a process of its own (a fresh heap, like the app's main
// process): stores one large file sealed under an evidence key, reads it back,
// and prints the peak resident memory of the two steps.
import { performance } from 'node:perf_hooks';
import { copyIntoStore, readEvidence } from '../../electron/core/evidenceStore';
import { useEvidenceKey } from '../../electron/core/lock/evidenceCipher';
import { newKey } from '../../electron/core/lock/keyFile';

const [storeDir = '', source = ''] = process.argv.slice(2);
useEvidenceKey(storeDir, newKey());
const started = performance.now();
const stored = copyIntoStore(storeDir, source);
const read = readEvidence(storeDir, stored.sha256);
const ms = performance.now() - started;
console.log(JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, ms, bytes: read.length }));
