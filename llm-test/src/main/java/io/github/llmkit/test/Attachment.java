package io.github.llmkit.test;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One image or document a request carried, as the simulator reports it back: kind, MIME type, decoded size or
 * URL, and name.
 *
 * @param kind {@code image} or {@code document}
 * @param mimeType the MIME type, or null when a URL part gave none
 * @param bytes the decoded size, or -1 for a URL
 * @param url the URL, or null for inline data
 * @param name the document's name, or null
 */
record Attachment(String kind, String mimeType, long bytes, String url, String name) {

	/**
	 * Return how the default replies describe a list of attachments.
	 */
	static String describe(List<Attachment> attachments) {
		StringBuilder text = new StringBuilder("Received ").append(attachments.size())
			.append((attachments.size() == 1) ? " attachment: " : " attachments: ");
		for (int i = 0; i < attachments.size(); i++) {
			text.append((i > 0) ? ", " : "").append(attachments.get(i));
		}
		return text.append('.').toString();
	}

	/**
	 * Return the decoded size of standard base64 text, or -1 when it is not valid base64.
	 */
	static long decodedSize(String base64) {
		try {
			return Base64.getDecoder().decode(base64).length;
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

	/**
	 * Parse a {@code data:<type>;base64,<data>} URL into an inline attachment, or return null when the text is
	 * not one or its payload is not valid base64.
	 */
	static Attachment dataUrl(String kind, String url, String name) {
		int comma = url.indexOf(',');
		if (!url.startsWith("data:") || comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
			return null;
		}
		long size = decodedSize(url.substring(comma + 1));
		String type = url.substring(5, comma - ";base64".length()).toLowerCase(Locale.ROOT);
		return (size < 0) ? null : new Attachment(kind, type, size, null, name);
	}

	static boolean isHttpUrl(String url) {
		return url.startsWith("https://") || url.startsWith("http://");
	}

	@Override
	public String toString() {
		String what = this.kind + ((this.name != null) ? " " + this.name : "");
		String where = (this.url != null) ? "from " + this.url : this.bytes + " bytes";
		return what + " (" + ((this.mimeType != null) ? this.mimeType + ", " : "") + where + ")";
	}

}
