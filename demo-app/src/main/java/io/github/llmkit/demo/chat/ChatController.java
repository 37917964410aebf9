package io.github.llmkit.demo.chat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmException;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.demo.conversation.ConversationController;
import io.github.llmkit.demo.provider.ProviderCatalog;
import io.github.llmkit.demo.web.ApiExceptionHandler;
import io.github.llmkit.memory.ChatMemory;
import io.github.llmkit.memory.Conversation;
import io.github.llmkit.tool.ToolRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Chat with any configured provider, as one JSON answer or as a stream of Server-Sent Events.
 *
 * @since 0.1.0
 */
@RestController
public class ChatController {

	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(5);

	private static final Log logger = LogFactory.getLog(ChatController.class);

	private final ProviderCatalog catalog;

	private final ToolRegistry tools;

	private final AsyncTaskExecutor executor;

	private final Duration simulatedDeltaPause;

	private final ChatMemory memory;

	/**
	 * Create the controller.
	 * @param catalog the configured clients
	 * @param tools the registry holding every {@code @LlmTool} method
	 * @param applicationTaskExecutor runs the blocking model streams off the request thread
	 * @param simulatedDeltaPause the pause after each delta of a simulated provider, so that the page shows the
	 * answer growing ({@code demo.simulated-delta-pause}, 40 ms by default, zero for none)
	 * @param memory keeps the page's conversations
	 */
	public ChatController(ProviderCatalog catalog, ToolRegistry tools, AsyncTaskExecutor applicationTaskExecutor,
			@Value("${demo.simulated-delta-pause:40ms}") Duration simulatedDeltaPause, ChatMemory memory) {
		this.catalog = catalog;
		this.tools = tools;
		this.executor = applicationTaskExecutor;
		this.simulatedDeltaPause = simulatedDeltaPause;
		this.memory = memory;
	}

	/**
	 * Send one message and return the whole answer.
	 * @param request the provider, message, optional system prompt and model
	 * @return the answer with model, finish reason and usage
	 */
	@PostMapping("/api/chat")
	public ChatReply chat(@RequestBody ChatRequest request) {
		List<Message> messages = request.messages();
		ChatOptions options = request.options();
		LlmClient client = this.catalog.client(request.provider());
		return ChatReply.of(client, client.chat(messages, options));
	}

	/**
	 * Stream the answer as Server-Sent Events: {@code delta} events with text, with tools also
	 * {@code tool_call} and {@code tool_result} events as the tool loop runs, then one {@code done} event with
	 * model, finish reason and usage, or one {@code problem} event with RFC 9457 problem details if the
	 * provider fails. Bad input is refused with a 400 before the stream starts.
	 * @param provider the client name, or empty for the default client
	 * @param message the user message
	 * @param system the system prompt, may be empty
	 * @param model the model, or empty for the client's default
	 * @param tools whether the {@code @LlmTool} methods are offered (the streamed tool loop)
	 * @param conversation the id of a conversation whose history is sent first and extended with this turn, or
	 * empty for a one-shot answer
	 * @return the event stream
	 */
	@GetMapping(path = "/api/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	public SseEmitter stream(@RequestParam(required = false) String provider,
			@RequestParam(required = false) String message, @RequestParam(required = false) String system,
			@RequestParam(required = false) String model, @RequestParam(defaultValue = "false") boolean tools,
			@RequestParam(required = false) String conversation) {
		ChatRequest request = new ChatRequest(provider, message, system, model);
		List<Message> messages = request.messages();
		ChatOptions options = request.options();
		LlmClient client = this.catalog.client(provider);
		Conversation memory = (conversation != null && !conversation.isEmpty())
				? this.memory.conversation(ConversationController.requireId(conversation), client)
					.withSystem(request.system())
					.withOptions(options)
				: null;
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		this.executor.execute(() -> stream(client, memory, messages, options, tools, emitter));
		return emitter;
	}

	private void stream(LlmClient client, Conversation conversation, List<Message> messages, ChatOptions options,
			boolean withTools, SseEmitter emitter) {
		SseStreamListener listener = new SseStreamListener(emitter,
				(this.catalog.isLive(client.name())) ? Duration.ZERO : this.simulatedDeltaPause);
		try {
			ChatResponse response = (conversation != null)
					? conversation.withTools((withTools) ? this.tools : null)
						.stream(messages.get(messages.size() - 1), listener)
					: (withTools)
					? this.tools.runStreaming(client, messages, this.tools.definitions(), listener, options).response()
					: client.streamChat(messages, listener, options);
			listener.send("done", ChatReply.of(client, response));
			emitter.complete();
		}
		catch (LlmException ex) {
			logger.warn("Provider stream failed: " + ex.getMessage());
			sendProblem(listener, emitter, ex);
		}
		catch (UncheckedIOException ex) {
			logger.debug("Stream cancelled: " + ex.getMessage());
			emitter.complete();
		}
		catch (RuntimeException ex) {
			logger.error("Stream failed", ex);
			emitter.completeWithError(ex);
		}
	}

	private static void sendProblem(SseStreamListener listener, SseEmitter emitter, LlmException ex) {
		try {
			listener.send("problem", ApiExceptionHandler.problemFor(ex));
		}
		catch (UncheckedIOException gone) {
			logger.debug("Stream cancelled: " + gone.getMessage());
		}
		emitter.complete();
	}

}
