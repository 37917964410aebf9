package io.github.llmkit.provider;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

/**
 * Remembers what a family made of a schema instance (a strict rewrite, a keyword reduction), so that a schema
 * used on every call, such as a typed answer's or a tool's, is rewritten once, not per request. Keys are held
 * weakly and compared by identity; at most {@value #MAX_ENTRIES} live entries are kept. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SchemaCache {

	private static final int MAX_ENTRIES = 512;

	private static final JsonNode UNCHANGED = JsonNodeFactory.instance.stringNode("unchanged");

	private static final JsonNode NONE = MissingNode.getInstance();

	private final UnaryOperator<JsonNode> rewrite;

	private final Map<Key, JsonNode> entries = new ConcurrentHashMap<>();

	private final ReferenceQueue<JsonNode> collected = new ReferenceQueue<>();

	/**
	 * Create a cache for one rewrite.
	 * @param rewrite the rewrite; may return its argument unchanged, or null for "cannot be rewritten"
	 */
	public SchemaCache(UnaryOperator<JsonNode> rewrite) {
		this.rewrite = rewrite;
	}

	/**
	 * Return the rewrite of a schema, computing it the first time this instance is seen.
	 * @param schema the schema
	 * @return the rewritten schema, or null when the rewrite gave none
	 */
	public JsonNode get(JsonNode schema) {
		Key probe = new Key(schema, null);
		JsonNode known = this.entries.get(probe);
		if (known == null) {
			JsonNode result = this.rewrite.apply(schema);
			known = (result == null) ? NONE : (result == schema) ? UNCHANGED : result;
			expunge();
			if (this.entries.size() < MAX_ENTRIES) {
				this.entries.putIfAbsent(new Key(schema, this.collected), known);
			}
			return result;
		}
		return (known == UNCHANGED) ? schema : (known == NONE) ? null : known;
	}

	private void expunge() {
		for (Object ref = this.collected.poll(); ref != null; ref = this.collected.poll()) {
			this.entries.remove(ref);
		}
	}

	private static final class Key extends WeakReference<JsonNode> {

		private final int hash;

		Key(JsonNode schema, ReferenceQueue<JsonNode> queue) {
			super(schema, queue);
			this.hash = System.identityHashCode(schema);
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			JsonNode mine = get();
			return other instanceof Key key && mine != null && key.get() == mine;
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
