import { fileURLToPath } from 'node:url'

/** The repository root, whatever the working directory. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The canonical data folder. */
export const DATA_DIR = `${ROOT}data/`
