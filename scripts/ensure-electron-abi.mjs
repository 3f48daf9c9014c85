// Before `npm start`: Node ≥ 22.12, the Electron binary, and the native SQLite module built for Electron.
import { ensureElectron } from './abi.mjs';

ensureElectron();
