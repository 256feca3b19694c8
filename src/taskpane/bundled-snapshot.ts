// The snapshot that ships with the pane (assets/snapshot-2026.json), checked against its schema and hash on load.
import json from '../../assets/snapshot-2026.json';
import { parseSnapshot, type Snapshot } from '../core/model/snapshot';

let cached: Snapshot | null = null;

export function bundledSnapshot(): Snapshot {
  cached ??= parseSnapshot(json);
  return cached;
}
