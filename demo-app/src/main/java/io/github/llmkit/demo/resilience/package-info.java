/**
 * The demo's failover route: simulated outages of its members, switched on and off through the API.
 */
package io.github.llmkit.demo.resilience;
