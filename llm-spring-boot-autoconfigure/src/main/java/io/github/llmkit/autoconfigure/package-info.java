/**
 * Spring Boot auto-configuration for llmkit: properties, client beans, fail-fast validation and tools.
 */
package io.github.llmkit.autoconfigure;
