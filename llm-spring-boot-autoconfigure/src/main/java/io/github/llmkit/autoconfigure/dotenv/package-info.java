/**
 * Loading of a {@code .env} file into the Spring environment.
 */
package io.github.llmkit.autoconfigure.dotenv;
