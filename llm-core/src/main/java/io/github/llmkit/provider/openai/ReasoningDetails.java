package io.github.llmkit.provider.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.llmkit.chat.ReasoningBlock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects OpenRouter {@code reasoning_details} items into reasoning blocks that keep each item's raw JSON, so
 * the items go back unchanged on the next turn. A stream splits one item across chunks by {@code index}: its
 * {@code text}, {@code summary} and {@code data} pieces are joined, other fields take their latest value.
 */
final class ReasoningDetails {

	private static final List<String> JOINED = List.of("text", "summary", "data");

	private final Map<Integer, ObjectNode> items = new TreeMap<>();

	/**
	 * Merge the items of one answer or chunk.
	 * @param details the {@code reasoning_details} array, or null
	 */
	void merge(JsonNode details) {
		if (details == null) {
			return;
		}
		int position = 0;
		for (JsonNode item : details) {
			if (item instanceof ObjectNode piece) {
				JsonNode index = piece.get("index");
				int key = (index != null && index.canConvertToInt()) ? index.asInt() : this.items.size() + position;
				ObjectNode target = this.items.get(key);
				if (target == null) {
					this.items.put(key, piece.deepCopy());
				}
				else {
					join(target, piece);
				}
			}
			position++;
		}
	}

	private static void join(ObjectNode target, ObjectNode piece) {
		for (Map.Entry<String, JsonNode> field : piece.properties()) {
			JsonNode previous = target.get(field.getKey());
			if (JOINED.contains(field.getKey()) && previous != null && previous.isString()
					&& field.getValue().isString()) {
				target.put(field.getKey(), previous.asString() + field.getValue().asString());
			}
			else if (!field.getValue().isNull()) {
				target.set(field.getKey(), field.getValue());
			}
		}
	}

	/**
	 * Return the collected items as blocks: the readable text (or summary) and the item's raw JSON.
	 * @return the blocks in index order, empty when none
	 */
	List<ReasoningBlock> blocks() {
		List<ReasoningBlock> blocks = new ArrayList<>(this.items.size());
		for (ObjectNode item : this.items.values()) {
			JsonNode text = item.get("text");
			if (text == null || !text.isString()) {
				text = item.get("summary");
			}
			blocks.add(new ReasoningBlock((text != null && text.isString()) ? text.asString() : null, null, null,
					item.toString()));
		}
		return blocks;
	}

	/**
	 * Forget the collected items (a retried stream starts over).
	 */
	void clear() {
		this.items.clear();
	}

}
