package io.github.llmkit.test;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic, thread-safe generator of provider-style identifiers: the n-th id of a server run is always the
 * same, so recorded ids are reproducible.
 */
final class Ids {

	private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final String HEX = "0123456789abcdef";

	private final SplittableRandom random = new SplittableRandom(20250101L);

	String alnum(int length) {
		return pick(ALNUM, length);
	}

	String lower(int length) {
		return pick(LOWER, length);
	}

	String hex(int length) {
		return pick(HEX, length);
	}

	synchronized String uuid() {
		return new UUID(this.random.nextLong(), this.random.nextLong()).toString();
	}

	synchronized int number(int bound) {
		return this.random.nextInt(bound);
	}

	private synchronized String pick(String alphabet, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return out.toString();
	}

}
