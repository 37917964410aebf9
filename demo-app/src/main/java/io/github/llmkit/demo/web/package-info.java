/**
 * Request validation and RFC 9457 problem details for every API error.
 */
package io.github.llmkit.demo.web;
