package io.github.llmkit.internal;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one victools configuration behind tool parameter schemas and typed-answer schemas: JSON Schema 2020-12,
 * plain JSON preset, maps as {@code additionalProperties}, flattened enums and optionals, standard formats, no
 * {@code $schema}, properties in declaration order (the order models then write them in); descriptions from Jackson's {@code @JsonPropertyDescription} and {@code @JsonClassDescription}
 * unless the caller's resolver gives one. Not user API; public only so that {@code tool} and {@code structured}
 * share it.
 *
 * @since 0.1.0
 */
public final class SchemaGenerators {

	private SchemaGenerators() {
	}

	/**
	 * Create a generator.
	 * @param mapper the mapper the schema nodes are created with
	 * @param inline whether nested types are inlined (fails for recursive types) rather than put in {@code $defs}
	 * @param required whether a field must be supplied
	 * @param description the caller's description of a field, or null to fall back to Jackson's annotation
	 * @param nullableWhenOptional whether a field that is not required also accepts {@code null}
	 * @return the generator, thread-safe
	 */
	public static SchemaGenerator create(JsonMapper mapper, boolean inline, Predicate<FieldScope> required,
			Function<FieldScope, String> description, boolean nullableWhenOptional) {
		SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
				OptionPreset.PLAIN_JSON)
			.with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.FLATTENED_ENUMS, Option.FLATTENED_OPTIONALS,
					Option.ADDITIONAL_FIXED_TYPES, Option.STANDARD_FORMATS)
			.without(Option.SCHEMA_VERSION_INDICATOR);
		if (inline) {
			config.with(Option.INLINE_ALL_SCHEMAS);
		}
		config.forTypesInGeneral().withPropertySorter((first, second) -> 0);
		config.forFields().withRequiredCheck(required);
		if (nullableWhenOptional) {
			config.forFields().withNullableCheck((field) -> !required.test(field));
		}
		config.forFields().withDescriptionResolver((field) -> {
			String given = description.apply(field);
			if (given != null) {
				return given;
			}
			JsonPropertyDescription jackson = field.getAnnotationConsideringFieldAndGetter(JsonPropertyDescription.class);
			return (jackson != null && !jackson.value().isEmpty()) ? jackson.value() : null;
		});
		config.forTypesInGeneral().withDescriptionResolver((scope) -> {
			JsonClassDescription jackson = scope.getType().getErasedType().getAnnotation(JsonClassDescription.class);
			return (jackson != null && !jackson.value().isEmpty()) ? jackson.value() : null;
		});
		return new SchemaGenerator(config.build());
	}

	/**
	 * Return whether a type is one of the JDK's optional holders.
	 * @param type the erased type
	 * @return true for {@code Optional}, {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble}
	 */
	public static boolean isOptional(Class<?> type) {
		return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
				|| type == OptionalDouble.class;
	}

}
