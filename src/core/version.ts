/** The library version: package.json's, written in by the build (the sources say `0.0.0-source`). */
export const VERSION = '0.0.0-source';
