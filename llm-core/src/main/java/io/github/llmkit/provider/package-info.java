/**
 * The provider SPI: one {@link io.github.llmkit.provider.Provider} per wire family, plus the shared stream
 * accumulator. Not user API.
 */
package io.github.llmkit.provider;
