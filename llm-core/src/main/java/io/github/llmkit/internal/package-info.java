/**
 * Small pieces shared by the value packages (argument checks on copied lists). Not user API.
 */
package io.github.llmkit.internal;
