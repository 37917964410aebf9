package io.github.llmkit.internal;

import java.util.List;

/**
 * The one defensive list copy every value type uses: null means empty, a null element is named by index. Not
 * user API; public only so that the value packages can share it.
 *
 * @since 0.1.0
 */
public final class Lists {

	private Lists() {
	}

	/**
	 * Return an immutable copy of a list that may be null (then empty), rejecting null elements.
	 * @param <T> the element type
	 * @param name the argument's name, for the error message
	 * @param list the list, or null
	 * @return the copy
	 * @throws IllegalArgumentException naming {@code name[i]} when element {@code i} is null
	 */
	public static <T> List<T> copyOf(String name, List<T> list) {
		if (list == null) {
			return List.of();
		}
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) == null) {
				throw new IllegalArgumentException("'" + name + "[" + i + "]' must not be null");
			}
		}
		return List.copyOf(list);
	}

}
