package io.github.llmkit.autoconfigure.metrics;

import io.github.llmkit.autoconfigure.observation.ChatObservationContext;
import io.github.llmkit.autoconfigure.observation.ChatObservationConvention;
import io.github.llmkit.autoconfigure.observation.DefaultChatObservationConvention;
import io.github.llmkit.autoconfigure.observation.DefaultEmbeddingObservationConvention;
import io.github.llmkit.autoconfigure.observation.DefaultToolExecutionObservationConvention;
import io.github.llmkit.autoconfigure.observation.DefaultToolLoopObservationConvention;
import io.github.llmkit.autoconfigure.observation.EmbeddingObservationContext;
import io.github.llmkit.autoconfigure.observation.EmbeddingObservationConvention;
import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation;
import io.github.llmkit.autoconfigure.observation.ToolExecutionObservationContext;
import io.github.llmkit.autoconfigure.observation.ToolExecutionObservationConvention;
import io.github.llmkit.autoconfigure.observation.ToolLoopObservationContext;
import io.github.llmkit.autoconfigure.observation.ToolLoopObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Creates the observations of llmkit from one registry, with the application's conventions where it declares
 * them and the default ones otherwise.
 */
final class LlmObservations {

	private final ObservationRegistry registry;

	private final ChatObservationConvention chat;

	private final EmbeddingObservationConvention embedding;

	private final ToolLoopObservationConvention toolLoop;

	private final ToolExecutionObservationConvention toolExecution;

	private final DefaultChatObservationConvention defaultChat;

	private final DefaultToolExecutionObservationConvention defaultToolExecution;

	LlmObservations(ObservationRegistry registry, ChatObservationConvention chat,
			EmbeddingObservationConvention embedding, ToolLoopObservationConvention toolLoop,
			ToolExecutionObservationConvention toolExecution, boolean includeContent) {
		this.registry = registry;
		this.chat = chat;
		this.embedding = embedding;
		this.toolLoop = toolLoop;
		this.toolExecution = toolExecution;
		this.defaultChat = new DefaultChatObservationConvention(includeContent);
		this.defaultToolExecution = new DefaultToolExecutionObservationConvention(includeContent);
	}

	ObservationRegistry registry() {
		return this.registry;
	}

	Observation chat(ChatObservationContext context) {
		return LlmObservationDocumentation.CHAT.observation(this.chat, this.defaultChat, () -> context,
				this.registry);
	}

	Observation embeddings(EmbeddingObservationContext context) {
		return LlmObservationDocumentation.EMBEDDINGS.observation(this.embedding,
				Defaults.EMBEDDING, () -> context, this.registry);
	}

	Observation toolLoop(ToolLoopObservationContext context) {
		return LlmObservationDocumentation.TOOL_LOOP.observation(this.toolLoop, Defaults.TOOL_LOOP, () -> context,
				this.registry);
	}

	Observation toolExecution(ToolExecutionObservationContext context) {
		return LlmObservationDocumentation.EXECUTE_TOOL.observation(this.toolExecution, this.defaultToolExecution,
				() -> context, this.registry);
	}

	private static final class Defaults {

		static final DefaultEmbeddingObservationConvention EMBEDDING = new DefaultEmbeddingObservationConvention();

		static final DefaultToolLoopObservationConvention TOOL_LOOP = new DefaultToolLoopObservationConvention();

	}

}
