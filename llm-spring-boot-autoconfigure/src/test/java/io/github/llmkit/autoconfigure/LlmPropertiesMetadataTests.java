package io.github.llmkit.autoconfigure;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.llmkit.ProviderType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration metadata generated from {@link LlmProperties} and the additional hints.
 */
class LlmPropertiesMetadataTests {

	@Test
	void metadataDescribesEveryTopLevelPropertyWithItsDefault() throws IOException {
		JsonNode metadata = metadata();
		assertThat(property(metadata, "llm.default-provider").path("description").asString()).startsWith("Name of");
		assertThat(property(metadata, "llm.providers").path("type").asString()).contains("LlmProperties$Provider");
		assertThat(property(metadata, "llm.tools.max-iterations").path("defaultValue").asInt()).isEqualTo(8);
		assertThat(property(metadata, "llm.dotenv.enabled").path("defaultValue").asBoolean()).isTrue();
		assertThat(property(metadata, "llm.dotenv.enabled").path("description").asString()).startsWith("Whether");
	}

	@Test
	void hintsListEveryProviderTypeForTypeAndDefaultProvider() throws IOException {
		List<String> ids = Arrays.stream(ProviderType.values()).map(ProviderType::id).toList();
		JsonNode metadata = metadata();
		assertThat(hintValues(metadata, "llm.providers.values.type")).containsExactlyElementsOf(ids);
		assertThat(hintValues(metadata, "llm.providers.keys")).containsExactlyElementsOf(ids);
		assertThat(hintValues(metadata, "llm.default-provider")).containsExactlyElementsOf(ids);
	}

	@Test
	void providersMapNamesItsValueTypeSoThatIdesCompleteEntryKeys() throws IOException {
		assertThat(property(metadata(), "llm.providers").path("type").asString())
			.isEqualTo("java.util.Map<java.lang.String,io.github.llmkit.autoconfigure.LlmProperties$Provider>");
	}

	@Test
	void everyEntrySettingIsAJavaBeanPropertyAnIdeCanInfer() {
		for (Class<?> type : List.of(LlmProperties.Provider.class, LlmProperties.RateLimit.class)) {
			for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
				if (descriptor.getName().equals("class")) {
					continue;
				}
				boolean nested = descriptor.getPropertyType().getName().startsWith(LlmProperties.class.getName())
						|| Map.class.isAssignableFrom(descriptor.getPropertyType());
				assertThat(descriptor.getReadMethod()).as(descriptor.getName()).isNotNull();
				assertThat(nested || descriptor.getWriteMethod() != null).as(descriptor.getName() + " is writable")
					.isTrue();
			}
		}
	}

	@Test
	void observationsIncludeContentIsDocumentedAndOffByDefault() throws IOException {
		JsonNode includeContent = property(metadata(), "llm.observations.include-content");
		assertThat(includeContent.path("defaultValue").asBoolean()).isFalse();
		assertThat(includeContent.path("description").asString()).startsWith("Whether spans carry prompts");
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream input = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			return JsonMapper.shared().readTree(input);
		}
	}

	private static JsonNode property(JsonNode metadata, String name) {
		for (JsonNode property : metadata.path("properties")) {
			if (property.path("name").asString().equals(name)) {
				return property;
			}
		}
		throw new AssertionError("No metadata for " + name);
	}

	private static List<String> hintValues(JsonNode metadata, String name) {
		List<String> values = new ArrayList<>();
		for (JsonNode hint : metadata.path("hints")) {
			if (hint.path("name").asString().equals(name)) {
				hint.path("values").forEach((value) -> values.add(value.path("value").asString()));
			}
		}
		return values;
	}

}
