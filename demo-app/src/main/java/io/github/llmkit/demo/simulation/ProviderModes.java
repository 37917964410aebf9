package io.github.llmkit.demo.simulation;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which configured clients talk to the real provider and which to the in-process simulator.
 *
 * @param live the names of the clients that call the real provider
 * @param simulated the names of the clients pointed at the simulator
 * @param simulatorUrl the simulator's root URL, or null when no client is simulated
 * @since 0.1.0
 */
public record ProviderModes(SortedSet<String> live, SortedSet<String> simulated, String simulatorUrl) {

	/**
	 * Create the modes, copying both name sets.
	 */
	public ProviderModes {
		live = new TreeSet<>(live);
		simulated = new TreeSet<>(simulated);
	}

	/**
	 * Return whether the named client calls the real provider.
	 * @param name the client name
	 * @return true for a live client, false for a simulated or unknown one
	 */
	public boolean isLive(String name) {
		return this.live.contains(name);
	}

	/**
	 * Return every configured client name.
	 * @return the names, sorted
	 */
	public Set<String> names() {
		SortedSet<String> names = new TreeSet<>(this.live);
		names.addAll(this.simulated);
		return names;
	}

}
