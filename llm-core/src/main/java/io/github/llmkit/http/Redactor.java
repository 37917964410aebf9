package io.github.llmkit.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Removes secrets from anything that may be logged or shown: credential headers, {@code key=} query
 * parameters, and any occurrence of a known secret value.
 */
final class Redactor {

	private static final String MASK = "******";

	private static final int MIN_PIECE = 4;

	private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-api-key", "x-goog-api-key",
			"api-key", "proxy-authorization", "cookie");

	private static final Pattern SECRET_HEADER_WORD = Pattern
		.compile("(?i).*(auth|key|token|secret|password|cookie|session|signature|credential).*");

	private static final Pattern KEY_PARAM = Pattern.compile("(?i)([?&](?:key|api_key|apikey|access_token)=)[^&#]*");

	private static final int BASE64_RUN = 256;

	private static final Pattern LONG_BASE64 = Pattern.compile("[A-Za-z0-9+/]{" + BASE64_RUN + ",}={0,2}");

	private Redactor() {
	}

	/**
	 * Return whether a header may carry a credential: a known credential header, or any header whose name
	 * mentions an auth, key, token, secret, password, cookie, session, signature or credential.
	 * @param name the header name, any case
	 * @return true for credential headers
	 */
	public static boolean isSecretHeader(String name) {
		return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || SECRET_HEADER_WORD.matcher(name).matches();
	}

	/**
	 * Return the headers as text with credential values masked.
	 * @param headers the headers
	 * @return a printable form
	 */
	public static String headers(Map<String, String> headers) {
		StringJoiner text = new StringJoiner(", ", "{", "}");
		headers.forEach((name, value) -> text.add(name + "=" + ((isSecretHeader(name)) ? MASK : value)));
		return text.toString();
	}

	/**
	 * Return a URL with key-like query parameters masked.
	 * @param url the URL
	 * @return the printable URL
	 */
	public static String url(String url) {
		return (url != null) ? KEY_PARAM.matcher(url).replaceAll("$1" + MASK) : null;
	}

	/**
	 * Return text with every occurrence of the secret masked, also the secret's first characters when the
	 * text was cut inside it (a trailing piece of four or more characters that starts the secret, before an
	 * optional {@code ...} or {@code \u2026} cut mark), and every long base64 run (an image or document in a
	 * request body) replaced by its length. Shorter pieces are left: a key's first three characters are its
	 * public vendor prefix, and masking them would garble ordinary words.
	 * @param text the text, may be null
	 * @param secret the secret, may be null or short
	 * @return the printable text
	 */
	public static String text(String text, String secret) {
		if (text == null) {
			return null;
		}
		return base64((secret == null || secret.length() < 4) ? text : mask(text, secret));
	}

	private static String mask(String text, String secret) {
		String masked = text.replace(secret, MASK);
		String mark = (masked.endsWith("...")) ? "..." : ((masked.endsWith("\u2026")) ? "\u2026" : "");
		int end = masked.length() - mark.length();
		for (int piece = Math.min(secret.length() - 1, end); piece >= MIN_PIECE; piece--) {
			if (masked.regionMatches(end - piece, secret, 0, piece)) {
				return masked.substring(0, end - piece) + MASK + mark;
			}
		}
		return masked;
	}

	/**
	 * Return text with every run of at least 256 base64 characters replaced by {@code [base64, N chars]}.
	 * @param text the text
	 * @return the printable text
	 */
	static String base64(String text) {
		if (text.length() < BASE64_RUN) {
			return text;
		}
		return LONG_BASE64.matcher(text).replaceAll((match) -> "[base64, " + match.group().length() + " chars]");
	}

}
