package io.github.llmkit.content;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One piece of a message's content: text, an image or a document. A message keeps its parts in order, and
 * each wire family sends them in its own shape; a new kind of input (audio, say) is one more part.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = TextPart.class, name = "text"),
		@JsonSubTypes.Type(value = ImagePart.class, name = "image"),
		@JsonSubTypes.Type(value = DocumentPart.class, name = "document") })
public sealed interface ContentPart permits TextPart, ImagePart, DocumentPart {

	/**
	 * Create a text part.
	 * @param text the text, not null
	 * @return the part
	 * @throws IllegalArgumentException if the text is null
	 */
	static TextPart text(String text) {
		return new TextPart(text);
	}

	/**
	 * Create an image from its bytes, which the part keeps (not copied) and sends base64-encoded.
	 * @param data the image bytes, not empty
	 * @param mimeType the image type, such as {@code image/png}
	 * @return the part
	 * @throws IllegalArgumentException if the bytes are empty or the type is not an {@code image/} type
	 */
	static ImagePart image(byte[] data, String mimeType) {
		return new ImagePart(Media.of(data, mimeType));
	}

	/**
	 * Create an image from a file, read once now; the type comes from the file extension.
	 * @param file the file
	 * @return the part
	 * @throws java.io.UncheckedIOException if the file cannot be read
	 * @throws IllegalArgumentException if the extension names no known image type
	 */
	static ImagePart image(Path file) {
		return new ImagePart(Media.read(file));
	}

	/**
	 * Create an image from a stream source, opened, read to the end and closed now: pass a Spring
	 * {@code Resource} as {@code resource::getInputStream}.
	 * @param source opens the stream
	 * @param mimeType the image type, such as {@code image/jpeg}
	 * @return the part
	 * @throws java.io.UncheckedIOException if the stream cannot be read
	 */
	static ImagePart image(Callable<InputStream> source, String mimeType) {
		return new ImagePart(Media.read(source, mimeType));
	}

	/**
	 * Create an image the provider fetches itself from a public http(s) URL; the type comes from the URL's
	 * extension when it has a known one.
	 * @param url the absolute http or https URL
	 * @return the part
	 * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
	 */
	static ImagePart imageUrl(String url) {
		return new ImagePart(Media.url(url, null));
	}

	/**
	 * Create an image the provider fetches from a public http(s) URL, with its type (Gemini needs one).
	 * @param url the absolute http or https URL
	 * @param mimeType the image type, or null to guess it from the URL
	 * @return the part
	 */
	static ImagePart imageUrl(String url, String mimeType) {
		return new ImagePart(Media.url(url, mimeType));
	}

	/**
	 * Create a PDF document from its bytes, which the part keeps (not copied).
	 * @param data the PDF bytes, not empty
	 * @param name the file name shown to the model (OpenAI requires one), or null for {@code document.pdf}
	 * @return the part
	 */
	static DocumentPart pdf(byte[] data, String name) {
		return new DocumentPart(Media.of(data, Media.PDF), name);
	}

	/**
	 * Create a PDF document from a file, read once now; the file's name is shown to the model.
	 * @param file the file
	 * @return the part
	 * @throws java.io.UncheckedIOException if the file cannot be read
	 * @throws IllegalArgumentException if the file's extension is not {@code .pdf}
	 */
	static DocumentPart pdf(Path file) {
		if (file != null && !Media.PDF.equals(Media.typeOf(file.getFileName().toString()))) {
			throw new IllegalArgumentException("'" + file.getFileName() + "' is not a .pdf file");
		}
		Media media = Media.read(file);
		return new DocumentPart(media, file.getFileName().toString());
	}

	/**
	 * Create a PDF document from a stream source, opened, read to the end and closed now.
	 * @param source opens the stream (a Spring {@code Resource}: {@code resource::getInputStream})
	 * @param name the file name shown to the model, or null for {@code document.pdf}
	 * @return the part
	 */
	static DocumentPart pdf(Callable<InputStream> source, String name) {
		return new DocumentPart(Media.read(source, Media.PDF), name);
	}

	/**
	 * Create a PDF document the provider fetches from a public http(s) URL.
	 * @param url the absolute http or https URL
	 * @return the part
	 */
	static DocumentPart pdfUrl(String url) {
		return new DocumentPart(Media.url(url, Media.PDF), null);
	}

}
