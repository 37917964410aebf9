/**
 * What a message holds: text, images and documents as ordered content parts, with their bytes or URL.
 */
package io.github.llmkit.content;
