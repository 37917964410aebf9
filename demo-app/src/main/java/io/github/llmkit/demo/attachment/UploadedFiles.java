package io.github.llmkit.demo.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.llmkit.content.ContentPart;
import io.github.llmkit.demo.web.InvalidFieldException;

import org.springframework.web.multipart.MultipartFile;

/**
 * Turns uploaded files into content parts, trusting the file's first bytes rather than the browser's type: PNG,
 * JPEG, GIF and WebP images and PDF documents, at most {@link #MAX_FILES} of them, none empty.
 *
 * @since 0.1.0
 */
public final class UploadedFiles {

	/** The most files one request may attach. */
	public static final int MAX_FILES = 4;

	private UploadedFiles() {
	}

	/**
	 * Return the parts for the uploaded files, in order.
	 * @param files the files of the {@code file} form field, may be null
	 * @return the parts
	 * @throws InvalidFieldException naming {@code file} when none is given, too many are, or one is empty or of
	 * an unknown type
	 */
	public static List<ContentPart> parts(List<MultipartFile> files) {
		if (files == null || files.isEmpty()) {
			throw new InvalidFieldException("file", "Attach an image (PNG, JPEG, GIF, WebP) or a PDF as 'file'");
		}
		if (files.size() > MAX_FILES) {
			throw new InvalidFieldException("file", "Attach at most " + MAX_FILES + " files, not " + files.size());
		}
		List<ContentPart> parts = new ArrayList<>(files.size());
		for (MultipartFile file : files) {
			parts.add(part(file));
		}
		return parts;
	}

	private static ContentPart part(MultipartFile file) {
		String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "upload";
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the upload '" + name + "'", ex);
		}
		if (bytes.length == 0) {
			throw new InvalidFieldException("file", "'file' '" + name + "' is empty");
		}
		String type = sniff(bytes);
		if (type == null) {
			throw new InvalidFieldException("file", "'file' '" + name + "' is not a PNG, JPEG, GIF or WebP image "
					+ "or a PDF (judged by its first bytes, not its name or declared type)");
		}
		return (type.equals("application/pdf")) ? ContentPart.pdf(bytes, name) : ContentPart.image(bytes, type);
	}

	/**
	 * Return the MIME type the first bytes announce, or null for anything else.
	 */
	static String sniff(byte[] bytes) {
		if (starts(bytes, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return "image/png";
		}
		if (starts(bytes, 0, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return "image/jpeg";
		}
		if (starts(bytes, 0, ascii("GIF87a")) || starts(bytes, 0, ascii("GIF89a"))) {
			return "image/gif";
		}
		if (starts(bytes, 0, ascii("RIFF")) && starts(bytes, 8, ascii("WEBP"))) {
			return "image/webp";
		}
		return (starts(bytes, 0, ascii("%PDF-"))) ? "application/pdf" : null;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static boolean starts(byte[] bytes, int offset, byte[] magic) {
		return bytes.length >= offset + magic.length
				&& Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
	}

}
