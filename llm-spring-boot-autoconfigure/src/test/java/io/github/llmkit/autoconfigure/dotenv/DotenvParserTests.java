package io.github.llmkit.autoconfigure.dotenv;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link DotenvParser}.
 */
class DotenvParserTests {

	@Test
	void parseReadsPlainValuesAndKeepsEqualsInValues() {
		DotenvParser.Result result = DotenvParser.parse(List.of("A=1", "B = two words ", "J=a=b"));
		assertThat(result.values()).containsExactly(entry("A", "1"), entry("B", "two words"), entry("J", "a=b"));
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void parseAcceptsExportPrefix() {
		assertThat(DotenvParser.parse(List.of("export OPENAI_API_KEY=sk-1", "export\tB=2")).values())
			.containsExactly(entry("OPENAI_API_KEY", "sk-1"), entry("B", "2"));
	}

	@Test
	void parseSkipsBlankAndCommentLinesAndStripsInlineComments() {
		DotenvParser.Result result = DotenvParser.parse(
				List.of("", "   ", "# a comment", "  # indented comment", "A=value # comment", "B=a#b", "C=#x"));
		assertThat(result.values()).containsExactly(entry("A", "value"), entry("B", "a#b"), entry("C", ""));
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void parseHonoursMatchingQuotesOnly() {
		DotenvParser.Result result = DotenvParser.parse(List.of("A=\"quoted # not a comment\" # comment",
				"B='single $x \\n'", "C=\"line\\nbreak \\\"q\\\"\"", "D=\"\"", "E=''"));
		assertThat(result.values()).containsExactly(entry("A", "quoted # not a comment"),
				entry("B", "single $x \\n"), entry("C", "line\nbreak \"q\""), entry("D", ""), entry("E", ""));
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void parseKeepsEmptyValues() {
		assertThat(DotenvParser.parse(List.of("EMPTY=", "SPACES=   ")).values()).containsExactly(entry("EMPTY", ""),
				entry("SPACES", ""));
	}

	@Test
	void parseReportsMalformedLinesByNumberWithoutTheirValues() {
		DotenvParser.Result result = DotenvParser.parse(List.of("GOOD=1", "sk-live-secret-9999", "BAD=\"sk-unclosed-8888",
				"MIXED=\"sk-mixed-7777'", "1KEY=sk-key-6666", "AFTER=\"x\" sk-trailing-5555"));
		assertThat(result.values()).containsExactly(entry("GOOD", "1"));
		assertThat(result.problems()).hasSize(5);
		assertThat(result.problems().get(0)).startsWith("line 2:");
		assertThat(result.problems().get(1)).startsWith("line 3:");
		assertThat(result.problems().get(2)).startsWith("line 4:");
		assertThat(result.problems().get(3)).startsWith("line 5:");
		assertThat(result.problems().get(4)).startsWith("line 6:");
		assertThat(String.join("\n", result.problems())).doesNotContain("sk-");
	}

}
