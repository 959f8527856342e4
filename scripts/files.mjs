// Every file under a folder, as full paths: shared by the build steps.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(root) {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
