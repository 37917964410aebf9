package io.github.llmkit.demo.resilience;

import java.util.List;

/**
 * The simulated outages after a change.
 *
 * @param outages the simulated provider types currently failing, sorted
 * @since 0.1.0
 */
public record OutageView(List<String> outages) {

	/**
	 * Create the view, copying the list.
	 */
	public OutageView {
		outages = List.copyOf(outages);
	}

}
