package io.github.llmkit.provider;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provider's JSON of an answer for {@link io.github.llmkit.chat.ChatResponse#raw()}, parsed into a tree
 * only when someone first looks at it: the families read answers with the streaming parser, so a tree
 * nobody reads would double the cost of a call. The node behaves as any {@link ObjectNode} (reads, writes,
 * equality, serialisation); the body bytes, or the event's data, are kept until then.
 *
 * @since 0.1.0
 */
public final class RawJson {

	private RawJson() {
	}

	/**
	 * Return an object node over a JSON object body, parsed on first use.
	 * @param json the mapper
	 * @param body the body bytes, a JSON object already checked by the caller
	 * @return the node
	 */
	public static ObjectNode object(JsonMapper json, byte[] body) {
		return new ObjectNode(json.getNodeFactory(), new LazyProperties(json, body));
	}

	/**
	 * Return an object node over the data of one streamed event, parsed on first use.
	 * @param json the mapper
	 * @param data the event data, a JSON object already checked by the caller
	 * @return the node
	 */
	public static ObjectNode object(JsonMapper json, String data) {
		return new ObjectNode(json.getNodeFactory(), new LazyProperties(json, data));
	}

	private static final class LazyProperties extends AbstractMap<String, JsonNode> {

		private JsonMapper json;

		private Object body;

		private Map<String, JsonNode> properties;

		LazyProperties(JsonMapper json, Object body) {
			this.json = json;
			this.body = body;
		}

		private synchronized Map<String, JsonNode> properties() {
			if (this.properties == null) {
				Map<String, JsonNode> parsed = new LinkedHashMap<>();
				for (Map.Entry<String, JsonNode> property : tree().properties()) {
					parsed.put(property.getKey(), property.getValue());
				}
				this.properties = parsed;
				this.json = null;
				this.body = null;
			}
			return this.properties;
		}

		private JsonNode tree() {
			return (this.body instanceof byte[] bytes) ? this.json.readTree(bytes) : this.json.readTree((String) this.body);
		}

		@Override
		public Set<Map.Entry<String, JsonNode>> entrySet() {
			return properties().entrySet();
		}

		@Override
		public Set<String> keySet() {
			return properties().keySet();
		}

		@Override
		public Collection<JsonNode> values() {
			return properties().values();
		}

		@Override
		public int size() {
			return properties().size();
		}

		@Override
		public boolean containsKey(Object key) {
			return properties().containsKey(key);
		}

		@Override
		public JsonNode get(Object key) {
			return properties().get(key);
		}

		@Override
		public JsonNode put(String key, JsonNode value) {
			return properties().put(key, value);
		}

		@Override
		public JsonNode remove(Object key) {
			return properties().remove(key);
		}

		@Override
		public void clear() {
			properties().clear();
		}

	}

}
