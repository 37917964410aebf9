package io.github.llmkit.test;

import java.util.List;

/**
 * The models one simulated provider lists, in listing order: rows of id, display name and one column of the
 * provider's own.
 */
final class ModelTable {

	private final List<String[]> rows;

	ModelTable(String[]... rows) {
		this.rows = List.of(rows);
	}

	int size() {
		return this.rows.size();
	}

	String[] get(int index) {
		return this.rows.get(index);
	}

	/**
	 * Return the position of a model, or {@link #size()} when the id is unknown.
	 */
	int indexOf(String id) {
		for (int i = 0; i < this.rows.size(); i++) {
			if (this.rows.get(i)[0].equals(id)) {
				return i;
			}
		}
		return this.rows.size();
	}

	/**
	 * Return the row of a model, or null when the id is unknown.
	 */
	String[] find(String id) {
		int index = indexOf(id);
		return (index < this.rows.size()) ? this.rows.get(index) : null;
	}

}
