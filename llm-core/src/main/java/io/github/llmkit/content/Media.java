package io.github.llmkit.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The bytes of an image or document with their MIME type, or the http(s) URL the provider fetches them from.
 * Exactly one of {@code data} and {@code url} is set. The bytes are kept as given, not copied, and printed only
 * as their size.
 *
 * @param mimeType the MIME type, such as {@code image/png}; may be null only for a URL whose type is unknown
 * @param data the bytes, or null for a URL
 * @param url the absolute http or https URL, or null for bytes
 * @since 0.1.0
 */
public record Media(String mimeType, byte[] data, String url) {

	/** The MIME type of PDF documents. */
	public static final String PDF = "application/pdf";

	private static final Map<String, String> TYPES_BY_EXTENSION = Map.of("png", "image/png", "jpg", "image/jpeg",
			"jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp", "heic", "image/heic", "heif", "image/heif",
			"pdf", PDF);

	/**
	 * Create media, checking that exactly one of bytes and URL is given, the bytes are not empty, the URL is an
	 * absolute http(s) URL, and bytes have a type.
	 * @throws IllegalArgumentException naming the field at fault
	 */
	public Media {
		if ((data == null) == (url == null)) {
			throw new IllegalArgumentException("Media needs exactly one of 'data' and 'url'");
		}
		mimeType = (mimeType != null) ? mimeType.trim().toLowerCase(Locale.ROOT) : null;
		if (data != null && data.length == 0) {
			throw new IllegalArgumentException("'data' must not be empty");
		}
		if (data != null && (mimeType == null || mimeType.isEmpty() || mimeType.indexOf('/') < 1)) {
			throw new IllegalArgumentException("'mimeType' must be a type such as image/png, not '" + mimeType + "'");
		}
		if (url != null) {
			checkUrl(url);
		}
	}

	/**
	 * Create media from bytes, kept without a copy.
	 * @param data the bytes
	 * @param mimeType the MIME type
	 * @return the media
	 */
	public static Media of(byte[] data, String mimeType) {
		return new Media(mimeType, data, null);
	}

	/**
	 * Create media from a {@code data:} URL ({@code data:image/png;base64,...}), decoding its bytes.
	 * @param dataUrl the data URL
	 * @return the media
	 * @throws IllegalArgumentException if the text is not a base64 data URL with a type
	 */
	public static Media ofDataUrl(String dataUrl) {
		int comma = (dataUrl != null) ? dataUrl.indexOf(',') : -1;
		if (comma < 0 || !dataUrl.regionMatches(true, 0, "data:", 0, 5)
				|| !dataUrl.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
			throw new IllegalArgumentException("Not a base64 data URL (data:<type>;base64,<data>)");
		}
		String type = dataUrl.substring(5, comma - ";base64".length());
		try {
			return new Media(type, Base64.getDecoder().decode(dataUrl.substring(comma + 1)), null);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The data URL's payload is not valid base64: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Create media the provider fetches from a URL.
	 * @param url the absolute http or https URL
	 * @param mimeType the MIME type, or null to guess it from the URL's extension (null if unknown)
	 * @return the media
	 */
	public static Media url(String url, String mimeType) {
		return new Media((mimeType != null) ? mimeType : typeOfUrl(url), null, url);
	}

	/**
	 * Read a file, typed by its extension ({@code png, jpg, jpeg, gif, webp, heic, heif, pdf}).
	 * @param file the file
	 * @return the media
	 * @throws UncheckedIOException if the file cannot be read
	 * @throws IllegalArgumentException if the extension is unknown
	 */
	public static Media read(Path file) {
		if (file == null) {
			throw new IllegalArgumentException("'file' must not be null");
		}
		String type = typeOf(file.getFileName().toString());
		if (type == null) {
			throw new IllegalArgumentException("Cannot tell the MIME type of '" + file.getFileName()
					+ "' from its extension (known: " + String.join(", ", TYPES_BY_EXTENSION.keySet().stream().sorted()
						.toList()) + "); read the bytes and pass the type");
		}
		try {
			return new Media(type, Files.readAllBytes(file), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read '" + file + "': " + ex.getMessage(), ex);
		}
	}

	/**
	 * Open a stream, read it to the end and close it.
	 * @param source opens the stream, such as a Spring {@code Resource::getInputStream}
	 * @param mimeType the MIME type
	 * @return the media
	 * @throws UncheckedIOException if the stream cannot be opened or read
	 */
	public static Media read(Callable<InputStream> source, String mimeType) {
		if (source == null) {
			throw new IllegalArgumentException("'source' must not be null");
		}
		try (InputStream in = source.call()) {
			if (in == null) {
				throw new IOException("the source opened no stream");
			}
			return new Media(mimeType, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the " + mimeType + " stream: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UncheckedIOException("Cannot open the " + mimeType + " stream: " + ex.getMessage(),
					new IOException(ex));
		}
	}

	/**
	 * Return the MIME type a file name's extension stands for.
	 * @param name a file name or URL path, may be null
	 * @return the type, or null when the extension is unknown
	 */
	public static String typeOf(String name) {
		if (name == null || name.lastIndexOf('.') < 0) {
			return null;
		}
		return TYPES_BY_EXTENSION.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Return whether the bytes are held here (sent inline) rather than fetched from a URL.
	 * @return true for bytes
	 */
	public boolean inline() {
		return this.data != null;
	}

	/**
	 * Return the number of bytes, or -1 for a URL.
	 * @return the size
	 */
	public long size() {
		return (this.data != null) ? this.data.length : -1;
	}

	/**
	 * Return whether both hold the same type and the same bytes or URL.
	 * @param other the other object
	 * @return true when equal
	 */
	@Override
	public boolean equals(Object other) {
		return (other instanceof Media media) && Objects.equals(this.mimeType, media.mimeType)
				&& Arrays.equals(this.data, media.data) && Objects.equals(this.url, media.url);
	}

	/**
	 * Return a hash of type, bytes and URL.
	 * @return the hash
	 */
	@Override
	public int hashCode() {
		return Objects.hash(this.mimeType, Arrays.hashCode(this.data), this.url);
	}

	/**
	 * Return the type and size, or the URL without its query (which may hold a signature); never the bytes.
	 * @return the description
	 */
	@Override
	public String toString() {
		if (this.data != null) {
			return this.mimeType + ", " + this.data.length + " bytes";
		}
		int query = this.url.indexOf('?');
		return ((this.mimeType != null) ? this.mimeType + ", " : "") + "url "
				+ ((query >= 0) ? this.url.substring(0, query) + "?..." : this.url);
	}

	private static String typeOfUrl(String url) {
		try {
			return (url != null) ? typeOf(URI.create(url).getPath()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void checkUrl(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'url' is not a valid URL: " + ex.getMessage(), ex);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
			throw new IllegalArgumentException("'url' must be an absolute http or https URL, not '"
					+ ((scheme.isEmpty()) ? url : scheme + ":...") + "'; give bytes for local files");
		}
	}

}
