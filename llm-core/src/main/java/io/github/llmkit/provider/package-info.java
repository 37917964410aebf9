/**
 * The provider SPI: one {@link io.github.llmkit.provider.Provider} per wire family, plus what the families share
 * (context, stream accumulator and handler base, turn layout). Not user API.
 */
package io.github.llmkit.provider;
