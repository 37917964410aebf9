package io.github.llmkit.autoconfigure.dotenv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the lines of a {@code .env} file: UTF-8 without its byte order mark, each line decoded on its own so
 * that one line in another encoding (an ISO-8859-1 {@code é} typed in an old editor) costs only that line its
 * exact characters, with a warning naming it, instead of the whole file.
 */
final class DotenvLines {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private DotenvLines() {
	}

	static List<String> read(Path file, Consumer<String> warnings) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		int start = (bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) ? 3 : 0;
		List<String> lines = new ArrayList<>();
		int lineStart = start;
		for (int i = start; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				int end = (i > lineStart && bytes[i - 1] == '\r') ? i - 1 : i;
				if (i < bytes.length || end > lineStart) {
					lines.add(decode(bytes, lineStart, end, lines.size() + 1, warnings));
				}
				lineStart = i + 1;
			}
		}
		return lines;
	}

	private static String decode(byte[] bytes, int from, int to, int number, Consumer<String> warnings) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, from, to - from))
				.toString();
		}
		catch (CharacterCodingException ex) {
			warnings.accept("line " + number + " is not valid UTF-8; read it as ISO-8859-1 (save the file as UTF-8)");
			return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
		}
	}

}
