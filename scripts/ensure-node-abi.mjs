// Before the tests, the CLI and the bench: the native SQLite module built for Node.
import { ensureNode } from './abi.mjs';

ensureNode();
