package io.github.llmkit.autoconfigure.observation;

import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation.ModelKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.common.docs.KeyName;

/**
 * Builds key values, leaving out every key whose value is unknown.
 */
final class GenAiKeyValues {

	private KeyValues values = KeyValues.empty();

	GenAiKeyValues add(KeyName key, Object value) {
		if (value != null) {
			this.values = this.values.and(KeyValue.of(key.asString(), value.toString()));
		}
		return this;
	}

	/**
	 * Add the keys every model-related observation has.
	 */
	GenAiKeyValues model(LlmObservationContext context, String operation, String requestModel) {
		add(ModelKeyNames.OPERATION_NAME, operation);
		add(ModelKeyNames.PROVIDER_NAME,
				(context.getProviderType() != null) ? context.getProviderType().telemetryName() : null);
		add(ModelKeyNames.REQUEST_MODEL, requestModel);
		add(ModelKeyNames.SERVER_ADDRESS, context.getServerAddress());
		add(ModelKeyNames.SERVER_PORT, context.getServerPort());
		add(ModelKeyNames.CLIENT_NAME, context.getClientName());
		add(ModelKeyNames.ERROR_TYPE,
				(context.getError() != null) ? LlmObservationContext.errorType(context.getError()) : null);
		return this;
	}

	KeyValues build() {
		return this.values;
	}

	/**
	 * Return the name of a span: the operation, then the subject when known.
	 */
	static String spanName(String operation, String subject) {
		return (subject != null) ? operation + " " + subject : operation;
	}

}
